// OneDoor: a link from Tasklist's header (its menu, left of the user's name) to 查找案件 / 我的案件
// (/cases/). The header is drawn by Tasklist after start: the link is added once the menu is there,
// and again should Tasklist draw the menu anew.
(function () {
  function add() {
    var menu = document.querySelector('nav.cam-nav.app-menu > ul');
    if (!menu || document.getElementById('onedoor-case-search')) {
      return;
    }
    var path = window.location.pathname;
    var webapps = path.indexOf('/camunda/');
    var link = document.createElement('a');
    link.id = 'onedoor-case-search';
    link.href = (webapps >= 0 ? path.substring(0, webapps) : '') + '/cases/'; // the application's context path kept
    link.textContent = '查找案件 / 我的案件';
    var item = document.createElement('li');
    item.appendChild(link);
    menu.insertBefore(item, menu.firstChild);
  }

  function start() {
    add();
    new MutationObserver(add).observe(document.body, {subtree: true, childList: true});
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
