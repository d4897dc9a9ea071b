/* mod_itamenu 1.2 - load ITA sub menu (com_ajax) */
(function () {
  function build() {
    var ul = document.getElementById('ita-sub');
    if (!ul) { return; }
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/index.php?option=com_ajax&module=itamenu&format=json', true);
    xhr.onload = function () {
      if (xhr.status !== 200) { return; }
      var res = JSON.parse(xhr.responseText);
      if (!res || !res.success) { return; }
      res.data.forEach(function (item) {
        var li = document.createElement('li');
        li.className = 'item-' + item.id;
        var a = document.createElement('a');
        a.href = item.link;
        a.textContent = item.title;
        if (item.browserNav == 1) { a.target = '_blank'; }
        li.appendChild(a);
        ul.appendChild(li);
      });
    };
    xhr.send();
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', build); } else { build(); }
})();
