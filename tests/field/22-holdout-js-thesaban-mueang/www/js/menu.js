/*! nadee-theme menu v1.4 — builds the main navigation from a JSON file (data-src on #main-nav) */
(function () {
  var nav = document.getElementById('main-nav');
  if (!nav) return;
  var xhr = new XMLHttpRequest();
  xhr.open('GET', nav.getAttribute('data-src') || '/data/menu.json');
  xhr.onload = function () {
    if (xhr.status !== 200) return;
    var data = JSON.parse(xhr.responseText), html = '<ul class="mnu">';
    data.items.forEach(function (it) {
      html += '<li class="mnu-i">';
      html += '<a href="' + (it.href || 'javascript:void(0)') + '">' + it.label + '</a>';
      if (it.sub) {
        html += '<ul class="mnu-sub">';
        it.sub.forEach(function (s) {
          html += '<li><a href="' + s.href + '"' + (s.blank ? ' target="_blank"' : '') + '>' + s.label + '</a></li>';
        });
        html += '</ul>';
      }
      html += '</li>';
    });
    nav.innerHTML = html + '</ul>';
  };
  xhr.send();
})();
