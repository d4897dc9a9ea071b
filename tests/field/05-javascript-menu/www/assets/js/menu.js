/* เมนูหลักและข่าว โหลดจาก menu.json (ระบบจัดการเว็บไซต์ v2.3) */
(function () {
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function link(item, cls) {
    var a = el("a", cls, item.title);
    a.href = item.url;
    if (item.blank) a.target = "_blank";
    return a;
  }
  fetch("/assets/data/menu.json")
    .then(function (r) { return r.json(); })
    .then(function (data) {
      var ul = el("ul", "navbar-nav me-auto");
      data.menu.forEach(function (item) {
        var li = el("li", "nav-item" + (item.children ? " dropdown" : ""));
        if (item.children) {
          var t = el("a", "nav-link dropdown-toggle", item.title);
          t.href = "#";
          t.setAttribute("data-bs-toggle", "dropdown");
          li.appendChild(t);
          var sub = el("ul", "dropdown-menu");
          item.children.forEach(function (c) {
            var s = el("li");
            s.appendChild(link(c, "dropdown-item"));
            sub.appendChild(s);
          });
          li.appendChild(sub);
        } else {
          li.appendChild(link(item, "nav-link"));
        }
        ul.appendChild(li);
      });
      document.getElementById("nav").appendChild(ul);
      var news = document.getElementById("news");
      news.innerHTML = "";
      var list = el("ul", "list-unstyled");
      data.news.forEach(function (n) {
        var li = el("li", "mb-2");
        li.appendChild(link(n));
        li.appendChild(el("small", "text-muted ms-2", n.date));
        list.appendChild(li);
      });
      news.appendChild(list);
    });
})();
