document.addEventListener('DOMContentLoaded',function(){if(localStorage.getItem('cookie-ok')){var c=document.getElementById('cookie-bar');c&&c.remove();}});
