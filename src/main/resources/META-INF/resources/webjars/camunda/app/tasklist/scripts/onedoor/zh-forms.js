// OneDoor: the rest of Camunda Forms in Chinese. form-js 1.8.7 (Tasklist 7.24's renderer) has no
// translations: its date picker (flatpickr 4.6.13) shows English months and weekdays with weeks
// from Sunday, and a few texts are fixed English ("Select", "Search", "No results", the placeholder
// "yyyy/mm/dd"), and the date's order is the browser's default (12/1/2026 where that is en-US, as in
// headless Chromium). This watches the page: each new date picker gets flatpickr's Chinese words,
// Monday as first day of the week and the date as 2026-12-01 (as the forms' texts and the rest of
// Tasklist write it), each fixed English text its Chinese one. Only where the webapp shows Chinese
// (the browser's first language zh-*, as Camunda chooses). Validation messages and the dynamic
// list's buttons are form-messages.js.
(function () {
  var language = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  if (language.split('-')[0].toLowerCase() !== 'zh') {
    return;
  }

  /** The date as Chinese forms write it; typed dates are read the same way. */
  var DATE_FORMAT = 'Y-m-d';
  var DATE_PLACEHOLDER = '年-月-日';

  var WEEKDAYS_SHORT = ['日', '一', '二', '三', '四', '五', '六'];
  var WEEKDAYS_LONG = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];
  var MONTHS = ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月'];

  // flatpickr's locale object (its l10n/zh.js, with the shorthand weekdays as one character each)
  var FLATPICKR_ZH = {
    weekdays: {shorthand: WEEKDAYS_SHORT, longhand: WEEKDAYS_LONG},
    months: {shorthand: MONTHS, longhand: MONTHS},
    firstDayOfWeek: 1,
    rangeSeparator: ' 至 ',
    weekAbbreviation: '周',
    scrollTitle: '滚动切换',
    toggleTitle: '点击切换 12/24 小时制',
    amPM: ['上午', '下午'],
    yearAriaLabel: '年',
    monthAriaLabel: '月',
    hourAriaLabel: '时',
    minuteAriaLabel: '分',
    time_24hr: true
  };

  // fixed texts of form-js, by the element that shows them
  var TEXTS = [
    ['.fjs-select-display', /^Select$/, '请选择'],
    ['.fjs-dropdownlist-empty', /^No results$/, '无匹配选项'],
    ['.fjs-taglist-dropdownlist .fjs-dropdownlist-empty', /^All values selected$/, '已全部选择'],
    ['.fjs-table-empty', /^Nothing to show\.$/, '暂无数据。']
  ];

  var PLACEHOLDERS = [
    [/^Search$/, function () { return '搜索'; }],
    [/^hh:mm( \?m)?$/, function () { return '时:分'; }],
    // the date field's placeholder is the browser's date order (mm/dd/yyyy, yyyy/mm/dd, …)
    [/^[ymd]+([/.\-][ymd]+){2}$/, function () { return DATE_PLACEHOLDER; }]
  ];

  var LABELS = [
    [/^Increment$/, '增加'],
    [/^Decrement$/, '减少'],
    [/^Previous page$/, '上一页'],
    [/^Next page$/, '下一页']
  ];

  /** flatpickr draws its weekday header once, from its l10n, when the calendar is built. */
  function drawWeekdays(picker) {
    if (!picker.weekdayContainer) {
      return;
    }
    var first = picker.l10n.firstDayOfWeek;
    var days = WEEKDAYS_SHORT.slice(first).concat(WEEKDAYS_SHORT.slice(0, first));
    for (var i = 0; i < picker.weekdayContainer.children.length; i++) {
      picker.weekdayContainer.children[i].innerHTML = '<span class="flatpickr-weekday">'
        + days.join('</span><span class="flatpickr-weekday">') + '</span>';
    }
  }

  /**
   * In place, not through picker.set('locale'): set() also re-writes the field's value and fires
   * form-js's change handler, which would clear or alter a date already typed.
   */
  function localise(picker) {
    if (!picker || !picker.l10n || picker.l10n.onedoorZh) {
      return;
    }
    Object.keys(FLATPICKR_ZH).forEach(function (key) {
      picker.l10n[key] = FLATPICKR_ZH[key];
    });
    picker.l10n.onedoorZh = true;
    picker.config.ariaDateFormat = 'Y年n月j日';
    if (picker.config.dateFormat !== DATE_FORMAT) {
      picker.config.dateFormat = DATE_FORMAT;
      if (picker.selectedDates.length > 0) {
        picker.setDate(picker.selectedDates, false); // shown anew in the new format, no change event
      }
    }
    drawWeekdays(picker);
    picker.redraw(); // the month menu and the days, Monday first
    if (picker.calendarContainer) {
      picker.calendarContainer.setAttribute('lang', 'zh-CN');
    }
  }

  function translateText(element, pattern, chinese) {
    for (var node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && pattern.test(node.nodeValue.trim())) {
        node.nodeValue = chinese; // in place: the renderer keeps its reference to the node
      }
    }
  }

  function translate(root) {
    if (!root.querySelectorAll) {
      return;
    }
    var pickers = root.querySelectorAll('.fjs-datepicker input');
    for (var i = 0; i < pickers.length; i++) {
      localise(pickers[i]._flatpickr);
    }
    TEXTS.forEach(function (text) {
      var elements = root.querySelectorAll(text[0]);
      for (var j = 0; j < elements.length; j++) {
        translateText(elements[j], text[1], text[2]);
      }
    });
    var inputs = root.querySelectorAll('input[placeholder]');
    for (var k = 0; k < inputs.length; k++) {
      var placeholder = inputs[k].getAttribute('placeholder');
      for (var p = 0; p < PLACEHOLDERS.length; p++) {
        if (PLACEHOLDERS[p][0].test(placeholder)) {
          inputs[k].setAttribute('placeholder', PLACEHOLDERS[p][1](placeholder));
          break;
        }
      }
    }
    ['aria-label', 'title'].forEach(function (attribute) {
      var labelled = root.querySelectorAll('[' + attribute + ']');
      for (var l = 0; l < labelled.length; l++) {
        var value = labelled[l].getAttribute(attribute);
        for (var m = 0; m < LABELS.length; m++) {
          if (LABELS[m][0].test(value)) {
            labelled[l].setAttribute(attribute, LABELS[m][1]);
            break;
          }
        }
      }
    });
  }

  function start() {
    var pending = false;
    new MutationObserver(function (mutations) {
      for (var i = 0; i < mutations.length; i++) {
        var target = mutations[i].target.nodeType === 1 ? mutations[i].target : mutations[i].target.parentElement;
        var form = target && target.closest && target.closest('.fjs-container, .fjs-form');
        if (form && !pending) {
          pending = true;
          // once per task of the event loop, after the renderer's own changes
          Promise.resolve().then(function () {
            pending = false;
            document.querySelectorAll('.fjs-container, .fjs-form').forEach(translate);
          });
          return;
        }
      }
    }).observe(document.body, {subtree: true, childList: true, characterData: true,
      attributes: true, attributeFilter: ['placeholder', 'class']});
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
