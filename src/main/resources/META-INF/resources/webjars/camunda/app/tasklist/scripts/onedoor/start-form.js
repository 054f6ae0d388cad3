// OneDoor: Tasklist's Camunda Forms and its start dialog, for intake that keeps work.
//
// 1. Dynamic lists (form-js `dynamiclist`, e.g. 其他申请人) no longer trap the form. Tasklist 7.24
//    disables 启动/完成 while `Object.keys(errors).length` of form-js's state is non-zero, and form-js
//    1.8.7 records a row field's errors at `errors[fieldId][rowIndex]`: a valid value deletes only
//    the row entry and leaves `errors[fieldId] = []`, one key without a message, for good
//    (docs/intake.md). A listener that runs before Tasklist's removes such empty entries; real
//    errors stay, so the button is still disabled while a row field is wrong.
// 2. The start dialog closes only by its own buttons: no Esc, no click outside (ui-bootstrap's
//    backdrop 'static', keyboard false). What the clerk typed is kept as a draft for this user and
//    process in the tab's sessionStorage (not localStorage: applicants' identity numbers are not to
//    outlive the browser session on a shared counter PC), restored when the start form is opened
//    again, removed once the case is registered.
// 3. After registering, the clerk reads the case number and the mediation deadline
//    (GET /api/intake/receipts/{processInstanceId}), not only 流程已启动。
// 4. An identity number or credit code typed into the start form that is known from earlier cases
//    is offered (GET /api/parties/lookup), with the open cases of that person or employer.
(function () {
  'use strict';
  var angular = window.angular;
  if (!angular) {
    console.warn('OneDoor start-form.js: AngularJS not found'); // eslint-disable-line no-console
    return;
  }
  var START_MODAL_CONTROLLER = 'camProcessStartModalCtrl';
  var TASKLIST_START_DRAFT = 'camunda-form:undefined'; // the key Tasklist reads a start form's saved state from
  var ID_NUMBER = /^[1-9][0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]$/;
  var CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

  // --- 1. errors without a message ------------------------------------------------------------

  function hasMessage(value) {
    if (typeof value === 'string') {
      return true;
    }
    if (value && typeof value === 'object') {
      for (var key in value) {
        if (Object.prototype.hasOwnProperty.call(value, key) && hasMessage(value[key])) {
          return true;
        }
      }
    }
    return false;
  }

  /** Deletes, in place, every top-level entry of form-js's errors that holds no message. */
  function pruneEmptyErrors(errors) {
    if (!errors || typeof errors !== 'object') {
      return;
    }
    Object.keys(errors).forEach(function (key) {
      if (!hasMessage(errors[key])) {
        delete errors[key];
      }
    });
  }

  /**
   * The form-js Form rendered into a container: form-js keeps no reference on the DOM, but its
   * root component provides the form's services through a context whose value has getService;
   * Preact keeps the rendered tree on the container (`__k`, Preact 10's name for its children).
   */
  function formIn(container) {
    var seen = [];
    function walk(vnode, depth) {
      if (!vnode || typeof vnode !== 'object' || depth > 80 || seen.indexOf(vnode) >= 0) {
        return null;
      }
      seen.push(vnode);
      var value = vnode.props && vnode.props.value;
      if (value && typeof value.getService === 'function') {
        return value.getService('form');
      }
      var children = vnode.__k || [];
      for (var i = 0; i < children.length; i++) {
        var found = walk(children[i], depth + 1);
        if (found) {
          return found;
        }
      }
      return null;
    }
    return walk(container.__k, 0);
  }

  // --- 2. drafts --------------------------------------------------------------------------------

  function draftKey(user, processDefinitionId) {
    return 'onedoor-start-draft:' + user + ':' + String(processDefinitionId).split(':')[0];
  }

  function readDraft(key) {
    try {
      return window.sessionStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }

  function writeDraft(key, data) {
    try {
      window.sessionStorage.setItem(key, JSON.stringify(data));
    } catch (e) {
      // a full or disabled storage only costs the draft
    }
  }

  function removeDraft(key) {
    try {
      window.sessionStorage.removeItem(key);
    } catch (e) {
      // nothing kept
    }
  }

  // --- 3. and 4. the server's answers -----------------------------------------------------------

  function chineseDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    return m ? m[1] + '年' + Number(m[2]) + '月' + Number(m[3]) + '日' : '';
  }

  function receiptText(receipt) {
    var text = '案号 ' + receipt.caseNumber + '，调解期限届满日 ' + chineseDate(receipt.mediationDeadline);
    if (receipt.collectiveDispute) {
      text += '；集体争议（' + receipt.workerCount + '名劳动者）';
    }
    if (receipt.possibleDuplicates && receipt.possibleDuplicates.length) {
      text += '；注意：同一申请人与用人单位尚有未结案件 ' + receipt.possibleDuplicates.join('、');
    }
    return text + '。请将案号告知申请人。';
  }

  /** A note above the form (the lookup's offer, a restored draft), with one button that acts on it. */
  function showOffer(container, key, text, take, label) {
    var note = container.querySelector('.onedoor-lookup[data-for="' + key + '"]');
    if (!note) {
      note = document.createElement('div');
      note.className = 'alert alert-info onedoor-lookup';
      note.setAttribute('data-for', key);
      container.insertBefore(note, container.firstChild);
    }
    note.textContent = text + ' ';
    if (take) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-default btn-sm onedoor-lookup-take';
      button.textContent = label || '填入上次登记的信息';
      button.addEventListener('click', function () {
        take();
        note.parentNode && note.parentNode.removeChild(note);
      });
      note.appendChild(button);
    }
  }

  function clearOffer(container, key) {
    var note = container.querySelector('.onedoor-lookup[data-for="' + key + '"]');
    if (note) {
      note.parentNode.removeChild(note);
    }
  }

  function openCasesText(openCases) {
    return openCases && openCases.length ? '尚有未结案件 ' + openCases.join('、') + '，请核实是否重复申请。' : '';
  }

  var app = angular.module('cam.tasklist');

  app.config(['$provide', function ($provide) {
    // 2. the start dialog: no Esc, no click outside
    $provide.decorator('$uibModal', ['$delegate', function ($delegate) {
      var open = $delegate.open;
      $delegate.open = function (options) {
        if (options && options.controller === START_MODAL_CONTROLLER) {
          options = angular.extend({}, options, {backdrop: 'static', keyboard: false});
        }
        return open.call(this, options);
      };
      return $delegate;
    }]);

    $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', '$rootScope', '$http', 'Notifications',
      function ($delegate, $rootScope, $http, Notifications) {
        var directive = $delegate[0];
        var link = directive.link;
        function api(path) {
          // our API is served next to the webapps, under the application's context path
          var webapps = window.location.pathname.indexOf('/camunda/');
          return (webapps >= 0 ? window.location.pathname.substring(0, webapps) : '') + path;
        }

        directive.compile = function () {
          return function (scope, element, attrs, formController) {
            var params = formController.getParams() || {};
            var user = $rootScope.authentication && $rootScope.authentication.name;
            var start = !params.taskId && params.processDefinitionId && user;
            var key = start ? draftKey(user, params.processDefinitionId) : null;
            var attached = [];
            // a draft is what the clerk typed or picked: form-js's own updates (defaults, a re-import) are none
            var touched = false;
            ['input', 'change', 'keydown', 'click'].forEach(function (type) {
              element[0].addEventListener(type, function (event) {
                if (event.isTrusted && event.target.closest && event.target.closest('.fjs-container')) {
                  touched = true;
                }
              }, true);
            });
            var lookedUp = {};
            var controller = Object.create(formController);

            function lookup(form, criterion, value, offerKey, fill) {
              if (lookedUp[offerKey] === value) {
                return;
              }
              lookedUp[offerKey] = value;
              var query = {};
              query[criterion] = value;
              $http.get(api('/api/parties/lookup'), {params: query}).then(function (response) {
                var found = response.data;
                var container = element[0];
                if (lookedUp[offerKey] !== value) {
                  return;
                }
                if (!found || !found.earlierCases || !found.earlierCases.length) {
                  clearOffer(container, offerKey);
                  return;
                }
                fill(found, container);
              }, function () {
                clearOffer(element[0], offerKey);
              });
            }

            function take(form, values) {
              var state = form._getState();
              var data = angular.extend({}, state.data, values);
              form.importSchema(state.schema, data).then(function () {
                controller.notifyFormDirty(true);
              });
            }

            function offerParticulars(form, data) {
              var id = data.applicantIdNumber;
              if (typeof id === 'string' && ID_NUMBER.test(id)) {
                lookup(form, 'idNumber', id, 'applicant', function (found, container) {
                  var a = found.applicant;
                  var text = '该身份证号码曾在 ' + found.earlierCases.length + ' 件案件中登记为申请人（最近一次：'
                    + found.earlierCases[0] + '，' + a.name + '，手机 ' + (a.phoneMasked || '未留') + '）。'
                    + openCasesText(found.openCases);
                  var same = data.applicantName === a.name && (!a.phone || data.applicantPhone === a.phone);
                  showOffer(container, 'applicant', text, same ? null : function () {
                    take(form, {applicantName: a.name, applicantPhone: a.phone || data.applicantPhone});
                  });
                });
              }
              var code = data.employerCreditCode;
              if (typeof code === 'string' && CREDIT_CODE.test(code)) {
                lookup(form, 'creditCode', code, 'employer', function (found, container) {
                  var e = found.employer;
                  var text = '该统一社会信用代码曾在 ' + found.earlierCases.length + ' 件案件中登记为被申请人（最近一次：'
                    + found.earlierCases[0] + '，' + e.name + '）。' + openCasesText(found.openCases);
                  showOffer(container, 'employer', text, function () {
                    take(form, {
                      employerName: e.name,
                      employerAddress: e.address || data.employerAddress,
                      employerLegalRepresentative: e.legalRepresentative || data.employerLegalRepresentative,
                      employerPhone: e.phone || data.employerPhone
                    });
                  });
                });
              }
            }

            function offerToDiscardDraft(form) {
              showOffer(element[0], 'draft', '已恢复本窗口上次未提交的登记内容。', function () {
                touched = false;
                removeDraft(key);
                form.importSchema(form._getState().schema, {}).then(function () {
                  removeDraft(key);
                  controller.notifyFormDirty(false);
                });
              }, '清空，重新登记');
            }

            function attach() {
              var containers = element[0].querySelectorAll('.fjs-container');
              for (var i = 0; i < containers.length; i++) {
                var form = formIn(containers[i]);
                if (!form || attached.indexOf(form) >= 0) {
                  continue;
                }
                attached.push(form);
                if (draft && attached.length === 1) {
                  offerToDiscardDraft(form);
                }
                (function (form) {
                  form.on('changed', 1500, function (event) {
                    pruneEmptyErrors(event.errors);
                    if (key) {
                      if (touched) {
                        writeDraft(key, event.data);
                      }
                      offerParticulars(form, event.data || {});
                    }
                  });
                })(form);
              }
              if (!attached.length) {
                console.warn('OneDoor start-form.js: no form-js form found'); // eslint-disable-line no-console
              }
            }

            controller.notifyFormInitialized = function () {
              attach();
              return formController.notifyFormInitialized.apply(formController, arguments);
            };

            controller.registerCompletionHandler = function (complete) {
              formController.registerCompletionHandler(function (callback) {
                complete(function (err, result) {
                  if (!err && key) {
                    removeDraft(key);
                    showReceipt(result);
                  }
                  callback(err, result);
                });
              });
            };

            function showReceipt(result) {
              if (!result || !result.id) {
                return;
              }
              $http.get(api('/api/intake/receipts/' + encodeURIComponent(result.id))).then(function (response) {
                afterDialog(function () {
                  Notifications.addMessage({status: '已登记', message: receiptText(response.data), exclusive: false});
                });
              }, function () {
                if (result.businessKey) {
                  afterDialog(function () {
                    Notifications.addMessage({status: '已登记', message: '案号 ' + result.businessKey + '。'});
                  });
                }
              });
            }

            // While the start dialog is open, notifications go to its own panel and vanish with it: the
            // receipt waits until Tasklist has closed the dialog (5 s at most), then goes to the page's panel.
            function afterDialog(show) {
              var waited = 0;
              (function check() {
                if (!document.querySelector('.modal-dialog') || waited >= 5000) {
                  $rootScope.$applyAsync(show);
                } else {
                  waited += 50;
                  setTimeout(check, 50);
                }
              })();
            }

            // a kept draft goes through Tasklist's own saved-state import, read once when the form links
            var draft = key ? readDraft(key) : null;
            if (!draft) {
              return link.call(this, scope, element, attrs, controller);
            }
            var before = window.localStorage.getItem(TASKLIST_START_DRAFT);
            window.localStorage.setItem(TASKLIST_START_DRAFT, draft);
            try {
              return link.call(this, scope, element, attrs, controller);
            } finally {
              if (before === null) {
                window.localStorage.removeItem(TASKLIST_START_DRAFT);
              } else {
                window.localStorage.setItem(TASKLIST_START_DRAFT, before);
              }
            }
          };
        };
        return $delegate;
      }]);
  }]);
})();
