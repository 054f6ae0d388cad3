// OneDoor: Tasklist lists open sorted by the statutory due date, earliest (and overdue) first.
// Tasklist keeps the list's sorting in the address (#/?sorting=[...]) and, when there is none,
// sorts by creation date, newest first (hard-coded in its bundle and sorting plugin). This adds
// the due-date sorting to a task-list address without one, before Tasklist starts and whenever
// it navigates to such an address; a sorting the user chose stays as it is.
(function () {
  var DUE_DATE_ASC = encodeURIComponent(JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]));

  function withDefaultSorting(hash) {
    var route = hash.replace(/^#/, '');
    var path = route.split('?')[0];
    if (path !== '' && path !== '/') {
      return null; // not the task list (login, a process start, …)
    }
    var query = route.indexOf('?') >= 0 ? route.substring(route.indexOf('?') + 1) : '';
    if (/(^|&)sorting=/.test(query)) {
      return null;
    }
    return '#/?' + (query ? query + '&' : '') + 'sorting=' + DUE_DATE_ASC;
  }

  function apply(replace) {
    var hash = withDefaultSorting(window.location.hash || '#/');
    if (hash !== null) {
      var url = window.location.pathname + window.location.search + hash;
      if (replace) {
        window.location.replace(url); // Tasklist follows the hash change
      } else {
        window.history.replaceState(window.history.state, '', url); // before Tasklist reads it
      }
    }
  }

  apply(false);
  window.addEventListener('hashchange', function () { apply(true); });
})();
