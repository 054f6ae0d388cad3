// OneDoor: dates and relative times ("3 天后", "几秒前", 一月…) in the language the webapp shows, from
// the first page load on. Used by Tasklist, Cockpit and Admin (their config.js list it).
//
// Why: each webapp loads two label files, the browser's language (zh.json) and the fallback
// (en.json), and both carry moment.js date settings ("dateLocales"). Loading one defines or updates
// that moment locale, and moment makes whatever locale was defined or updated last the global one.
// On a first visit both files come over the network and whichever answers last wins: English half
// of the time ("到期 in 16 days, 创建于 a few seconds ago"); from the second visit on both come from
// the browser's cache in a fixed order and Chinese wins. Tasklist's am-time-ago texts are drawn once
// and redrawn only when angular-moment announces a locale change.
//
// This keeps moment's global locale at the language the labels are shown in: a watcher on every
// AngularJS digest (the label files are loaded inside one) puts it back and tells angular-moment
// (amMoment.changeLocale broadcasts amMoment:localeChanged, which redraws every relative time).
(function () {
  var STARTED = Date.now();

  function injector() {
    var ng = window.angular;
    if (!ng) {
      return null;
    }
    return ng.element(document.body).injector() || ng.element(document.documentElement).injector() || null;
  }

  function pin(inj) {
    if (!inj.has('moment') || !inj.has('amMoment') || !inj.has('$translate')) {
      return;
    }
    var moment = inj.get('moment');
    var amMoment = inj.get('amMoment');
    var $translate = inj.get('$translate');
    var $rootScope = inj.get('$rootScope');

    function wanted() {
      var language = $translate.use() || $translate.proposedLanguage();
      return language && moment.locales().indexOf(language) >= 0 ? language : null;
    }

    // the locale in force and the one wanted, as one value: either changing runs the listener
    $rootScope.$watch(function () {
      return moment.locale() + '|' + (wanted() || '');
    }, function () {
      var language = wanted();
      if (language && moment.locale() !== language) {
        amMoment.changeLocale(language); // sets moment's locale and redraws the relative times
      }
      // for the browser tests: the locale the dates are drawn in
      document.documentElement.setAttribute('data-onedoor-date-locale', moment.locale());
    });
  }

  (function waitForAngular() {
    var inj = injector();
    if (inj) {
      pin(inj);
    } else if (Date.now() - STARTED < 60000) {
      setTimeout(waitForAngular, 25); // the webapp starts AngularJS after its custom scripts are loaded
    }
  })();
})();
