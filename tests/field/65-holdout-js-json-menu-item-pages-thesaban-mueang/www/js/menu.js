// สร้างเมนูหลักจากไฟล์ JSON (แก้ไขเมนูที่ระบบหลังบ้าน)
(function () {
  function build(items) {
    var ul = document.createElement('ul');
    items.forEach(function (it) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.textContent = it.title;
      a.href = it.url || '#';
      if (it.target) a.target = it.target;
      li.appendChild(a);
      if (it.children && it.children.length) li.appendChild(build(it.children));
      ul.appendChild(li);
    });
    return ul;
  }
  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/menu.php?lang=th', true);
  xhr.onload = function () {
    if (xhr.status === 200) {
      var data = JSON.parse(xhr.responseText);
      document.getElementById('nav').appendChild(build(data.menu));
    }
  };
  xhr.send();
})();
