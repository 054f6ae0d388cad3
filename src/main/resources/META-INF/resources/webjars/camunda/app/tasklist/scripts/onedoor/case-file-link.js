// OneDoor: a link 查看案件卷宗 in the header of every open task (next to the process name), to the
// case file page (/cases/file.html?case=<case number>). The case number is the task-local variable
// caseNumber that every case task carries (tasklist.CaseTaskListener), read through the webapps' engine
// API with the user's own session (the task's pool reads its tasks' variables). A task without it
// (a free consultation) gets no link. Tasklist draws the task anew on every selection: the link
// follows the task id in the address.
(function () {
  var cache = {};
  var pending = {};

  function base() {
    var path = window.location.pathname;
    var webapps = path.indexOf('/camunda/');
    return webapps >= 0 ? path.substring(0, webapps) : ''; // the application's context path kept
  }

  function taskId() {
    var match = /[?&]task=([^&]+)/.exec(window.location.hash || '');
    return match ? decodeURIComponent(match[1]) : null;
  }

  function caseNumberOf(id, done) {
    if (Object.prototype.hasOwnProperty.call(cache, id)) {
      done(cache[id]);
      return;
    }
    if (pending[id]) {
      return;
    }
    pending[id] = true;
    var request = new XMLHttpRequest();
    request.open('GET', base() + '/camunda/api/engine/engine/default/task/' + encodeURIComponent(id) + '/localVariables/caseNumber');
    request.setRequestHeader('Accept', 'application/json');
    request.onload = function () {
      delete pending[id];
      var value = null;
      if (request.status === 200) {
        try {
          value = JSON.parse(request.responseText).value || null;
        } catch (ignored) {
          value = null;
        }
      }
      cache[id] = value;
      done(value);
    };
    request.onerror = function () {
      delete pending[id];
    };
    request.send();
  }

  function add() {
    var id = taskId();
    var header = document.querySelector('section.task-card header .names');
    if (!id || !header) {
      return;
    }
    var existing = document.getElementById('onedoor-case-file');
    if (existing && existing.getAttribute('data-task') === id) {
      return;
    }
    caseNumberOf(id, function (caseNumber) {
      var current = document.getElementById('onedoor-case-file');
      var names = document.querySelector('section.task-card header .names');
      if (taskId() !== id || !names) {
        return;
      }
      if (current) {
        current.parentNode.removeChild(current);
      }
      if (!caseNumber) {
        return;
      }
      var link = document.createElement('a');
      link.id = 'onedoor-case-file';
      link.className = 'onedoor-case-file';
      link.setAttribute('data-task', id);
      link.href = base() + '/cases/file.html?case=' + encodeURIComponent(caseNumber);
      link.target = '_blank';
      link.rel = 'noopener';
      link.textContent = '查看案件卷宗（' + caseNumber + '）';
      link.style.display = 'inline-block';
      link.style.margin = '4px 0';
      names.appendChild(link);
    });
  }

  function start() {
    add();
    new MutationObserver(add).observe(document.body, {subtree: true, childList: true});
    window.addEventListener('hashchange', add);
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
