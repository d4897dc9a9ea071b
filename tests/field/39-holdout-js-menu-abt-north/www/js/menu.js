/* เมนูหลัก โหลดจาก /api/menu.json  (อย่าแก้ไขเมนูในหน้า html ให้แก้ในไฟล์ json) */
(function () {
  var nav = document.getElementById('mainnav');
  if (!nav) return;
  function item(m) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = m.url || '#';
    a.innerHTML = m.title;
    if (m.target) a.target = m.target;
    li.appendChild(a);
    if (m.children && m.children.length) {
      var ul = document.createElement('ul');
      for (var i = 0; i < m.children.length; i++) ul.appendChild(item(m.children[i]));
      li.appendChild(ul);
    }
    return li;
  }
  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/api/menu.json?v=20240315', true);
  xhr.onreadystatechange = function () {
    if (xhr.readyState !== 4) return;
    if (xhr.status !== 200) { nav.innerHTML = '<p style="color:#fff">โหลดเมนูไม่สำเร็จ</p>'; return; }
    var data = JSON.parse(xhr.responseText);
    var ul = document.createElement('ul');
    for (var i = 0; i < data.menu.length; i++) ul.appendChild(item(data.menu[i]));
    nav.appendChild(ul);
  };
  xhr.send();
})();
