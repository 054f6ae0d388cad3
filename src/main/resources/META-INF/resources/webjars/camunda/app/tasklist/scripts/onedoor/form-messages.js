// OneDoor: Chinese validation messages for Tasklist's Camunda Forms. form-js 1.8.7 (the renderer
// Camunda 7.24 ships) has no translations of its own; this watches the page and replaces its
// English messages with Chinese ones. Each field's help text says in Chinese what to enter.
(function () {
  var MESSAGES = [
    [/^Field is required\.$/, function () { return '此项为必填项。'; }],
    [/^Field must have minimum length of (\d+)\.$/, function (m) { return '至少填写 ' + m[1] + ' 个字符。'; }],
    [/^Field must have maximum length of (\d+)\.$/, function (m) { return '最多填写 ' + m[1] + ' 个字符。'; }],
    [/^Field must have minimum value of (.+)\.$/, function (m) { return '不得小于 ' + m[1] + '。'; }],
    [/^Field must have maximum value of (.+)\.$/, function (m) { return '不得大于 ' + m[1] + '。'; }],
    [/^Field must match pattern [\s\S]*$/, function () { return '格式不正确，请按输入框下方的说明填写。'; }],
    [/^Field must be a valid email\.$/, function () { return '请填写有效的电子邮件地址。'; }]
  ];

  // a dynamic list's buttons (添加 a row, expand, collapse, remove a row)
  var BUTTONS = [
    [/^Add new$/, function () { return '添加一行'; }],
    [/^Expand all \((\d+)\)$/, function (m) { return '全部展开（' + m[1] + '行）'; }],
    [/^Collapse$/, function () { return '收起'; }]
  ];

  function translateButtons(root) {
    var buttons = root.querySelectorAll ? root.querySelectorAll('.fjs-repeat-render-footer button') : [];
    for (var i = 0; i < buttons.length; i++) {
      for (var node = buttons[i].firstChild; node; node = node.nextSibling) {
        if (node.nodeType !== 3 || !node.nodeValue.trim()) {
          continue;
        }
        for (var j = 0; j < BUTTONS.length; j++) {
          var match = BUTTONS[j][0].exec(node.nodeValue.trim());
          if (match) {
            node.nodeValue = BUTTONS[j][1](match);
            break;
          }
        }
      }
    }
    var removes = root.querySelectorAll ? root.querySelectorAll('.fjs-repeat-row-remove[aria-label^="Remove list item"]') : [];
    for (var k = 0; k < removes.length; k++) {
      var label = '删除第' + removes[k].getAttribute('aria-label').replace(/\D+/g, '') + '行';
      removes[k].setAttribute('aria-label', label);
      removes[k].setAttribute('title', label);
    }
  }

  // the text nodes are changed in place, so the renderer keeps its own references to them
  function translate(root) {
    translateButtons(root);
    var items = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error li') : [];
    for (var i = 0; i < items.length; i++) {
      for (var node = items[i].firstChild; node; node = node.nextSibling) {
        if (node.nodeType !== 3) {
          continue;
        }
        var text = node.nodeValue.trim();
        for (var j = 0; j < MESSAGES.length; j++) {
          var match = MESSAGES[j][0].exec(text);
          if (match) {
            node.nodeValue = MESSAGES[j][1](match);
            break;
          }
        }
      }
    }
  }

  function start() {
    translate(document);
    new MutationObserver(function (mutations) {
      for (var i = 0; i < mutations.length; i++) {
        var target = mutations[i].target.nodeType === 1 ? mutations[i].target : mutations[i].target.parentElement;
        if (target && target.closest && target.closest('.fjs-form')) {
          translate(target.closest('.fjs-form'));
        }
      }
    }).observe(document.body, {subtree: true, childList: true, characterData: true});
  }

  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
})();
