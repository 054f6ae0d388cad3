// OneDoor: a link from Tasklist to 查找案件 / 我的案件 (/cases/), in the header next to the user menu
// when there is one, otherwise fixed at the bottom right of the page.
(function () {
  function add() {
    if (document.getElementById('onedoor-case-search')) {
      return;
    }
    var link = document.createElement('a');
    link.id = 'onedoor-case-search';
    var path = window.location.pathname;
    var webapps = path.indexOf('/camunda/');
    link.href = (webapps >= 0 ? path.substring(0, webapps) : '') + '/cases/'; // the application's context path kept
    link.textContent = '查找案件 / 我的案件';
    link.setAttribute('style', 'position:fixed;right:16px;bottom:12px;z-index:2000;padding:6px 12px;'
      + 'background:#2a4d69;color:#fff;border-radius:4px;text-decoration:none;font-size:13px;');
    document.body.appendChild(link);
  }

  if (document.body) {
    add();
  } else {
    document.addEventListener('DOMContentLoaded', add);
  }
})();
