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

  // the text nodes are changed in place, so the renderer keeps its own references to them
  function translate(root) {
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
