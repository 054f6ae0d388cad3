// The simulator page: what the simulated court, commission and gateway received, their faults, and
// the buttons that make them call back. Talks to /api/simulator/** with HTTP Basic (kept in memory).
(function () {
  'use strict';

  const SYSTEMS = { court: '人民法院调解平台', arbitration: '劳动人事争议仲裁委员会', notification: '短信/邮件网关' };
  const FAULTS = {
    NONE: '正常', UNAVAILABLE: '不可用（503，未收件）', LOST_RESPONSE: '收件后答复丢失（503）',
    TIMEOUT: '超时（收件后迟迟不答复）', INVALID_FILE: '退回材料（422）'
  };
  const KINDS = {
    litigation_referral: '诉讼移送', payment_order_application: '支付令申请', judicial_confirmation_application: '司法确认申请',
    mediation_result_report: '委派调解结果反馈', arbitration_referral: '移交仲裁', arbitration_review_application: '仲裁审查确认申请',
    sms: '短信', email: '邮件'
  };
  // the callbacks each filing type may receive: [message, button label, extra body]
  const CALLBACKS = {
    litigation_referral: [['court-receipt', '签收']],
    payment_order_application: [['payment-order-decided', '发出支付令', { result: 'issued' }],
      ['payment-order-decided', '驳回申请', { result: 'rejected' }]],
    judicial_confirmation_application: [['judicial-confirmation-decided', '裁定协议有效', { result: 'confirmed' }],
      ['judicial-confirmation-decided', '驳回申请', { result: 'rejected' }]],
    arbitration_referral: [['arbitration-accepted', '受理'], ['arbitration-rejected', '不予受理'],
      ['award-period-extended', '延长审理期限'], ['award-issued', '作出裁决']],
    arbitration_review_application: [['arbitration-review-decided', '确认协议有效', { result: 'confirmed' }],
      ['arbitration-review-decided', '不予确认', { result: 'rejected' }]]
  };

  let authorization = null;

  function api(path, options) {
    const init = Object.assign({ headers: {} }, options || {});
    init.headers.Authorization = authorization;
    init.headers.Accept = 'application/json';
    if (init.body) { init.headers['Content-Type'] = 'application/json'; }
    return fetch(path, init).then(response => response.text().then(text => {
      const body = text ? JSON.parse(text) : null;
      if (!response.ok) {
        const error = new Error((body && body.message) || ('HTTP ' + response.status));
        error.status = response.status;
        throw error;
      }
      return body;
    }));
  }

  function el(tag, text, attributes) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
    return node;
  }

  function say(text) { document.getElementById('message').textContent = text; }

  function time(value) { return value ? new Date(value).toLocaleString('zh-CN', { hour12: false }) : ''; }

  function loadFaults() {
    return api('/api/simulator/faults').then(faults => {
      const body = document.querySelector('#faults tbody');
      body.replaceChildren();
      Object.keys(SYSTEMS).forEach(id => {
        const current = faults[id.toUpperCase() === 'NOTIFICATION' ? 'NOTIFICATION_GATEWAY' : id.toUpperCase()] || { fault: 'NONE' };
        const row = el('tr');
        row.append(el('td', SYSTEMS[id]));
        const state = el('td', FAULTS[current.fault] + (current.remaining ? '（还剩 ' + current.remaining + ' 次）' : ''));
        if (current.fault !== 'NONE') { state.className = 'fault-on'; }
        row.append(state);
        const cell = el('td');
        const select = el('select', null, { 'aria-label': SYSTEMS[id] + '故障' });
        Object.entries(FAULTS).forEach(([value, label]) => select.append(el('option', label, { value })));
        select.value = current.fault;
        const calls = el('input', null, { type: 'number', min: '1', placeholder: '次数（空：直到恢复）', 'aria-label': '次数' });
        const apply = el('button', '应用', { type: 'button' });
        apply.addEventListener('click', () => {
          const body = { fault: select.value };
          if (calls.value) { body.calls = Number(calls.value); }
          api('/api/simulator/faults/' + id, { method: 'PUT', body: JSON.stringify(body) })
            .then(() => { say(SYSTEMS[id] + '：' + FAULTS[select.value]); return loadFaults(); })
            .catch(error => say('设定失败：' + error.message));
        });
        cell.append(select, calls, apply);
        row.append(cell);
        body.append(row);
      });
    });
  }

  function loadRequests() {
    const system = document.getElementById('filter-system').value;
    const caseNumber = document.getElementById('filter-case').value.trim();
    const query = new URLSearchParams({ limit: '200' });
    if (system) { query.set('system', system); }
    if (caseNumber) { query.set('caseNumber', caseNumber); }
    return api('/api/simulator/requests?' + query).then(rows => {
      const body = document.querySelector('#requests tbody');
      body.replaceChildren();
      document.getElementById('empty').hidden = rows.length > 0;
      rows.forEach(row => {
        const tr = el('tr', null, { 'data-receipt': row.receiptNumber });
        tr.append(el('td', time(row.receivedAt)), el('td', SYSTEMS[row.system] || row.system),
          el('td', KINDS[row.kind] || row.kind), el('td', row.caseNumber), el('td', row.receiptNumber),
          el('td', String(row.calls)), el('td', row.summary, { class: 'summary' }),
          el('td', row.callback ? row.callback + '（' + time(row.callbackAt) + '）' : ''));
        const actions = el('td');
        const view = el('button', '查看', { type: 'button' });
        view.addEventListener('click', () => show(row.id));
        actions.append(view);
        (CALLBACKS[row.kind] || []).forEach(([message, label, extra]) => {
          const button = el('button', label, { type: 'button', 'data-message': message });
          button.addEventListener('click', () => callback(row, message, label, extra));
          actions.append(button);
        });
        tr.append(actions);
        body.append(tr);
      });
      document.getElementById('refreshed').textContent = '更新于 ' + new Date().toLocaleTimeString('zh-CN', { hour12: false });
    });
  }

  function callback(row, message, label, extra) {
    api('/api/simulator/requests/' + row.id + '/callbacks/' + message, { method: 'POST', body: JSON.stringify(extra || {}) })
      .then(answer => {
        const reply = answer.body ? JSON.parse(answer.body) : {};
        say(answer.status === 200 ? '已回调「' + label + '」：案件 ' + row.caseNumber + ' 已收到'
          : '回调「' + label + '」未被接受（HTTP ' + answer.status + '）：' + (reply.message || ''));
        return loadRequests();
      })
      .catch(error => say('回调失败：' + error.message));
  }

  function show(id) {
    api('/api/simulator/requests/' + id).then(row => {
      const content = JSON.parse(row.body);
      const summary = document.getElementById('detail-summary');
      summary.replaceChildren();
      const file = content.caseFile;
      if (file) {
        const list = el('ul');
        list.append(el('li', '案号：' + file.caseNumber + '；用途：' + (KINDS[file.purpose] || file.purpose)));
        file.parties.forEach(p => list.append(el('li', (p.role === 'applicant' ? '申请人：' : '被申请人：') + p.name)));
        list.append(el('li', '请求金额：' + file.claims.amount + ' 元；涉及劳动者 ' + file.claims.workerCount + ' 人'));
        list.append(el('li', '调解记录：' + file.mediation.sessions.length + ' 次；流程节点：' + file.timeline.length + ' 个'));
        list.append(el('li', '材料：' + file.documents.map(d => d.title).join('、')));
        list.append(el('li', '校验值（SHA-256）：' + file.checksum.value));
        summary.append(list);
        (file.documents || []).filter(d => d.base64).forEach(d => summary.append(
          el('a', '下载 ' + d.fileName, { href: 'data:' + d.contentType + ';base64,' + d.base64, download: d.fileName })));
      } else {
        summary.append(el('p', (content.channel === 'sms' ? '短信至 ' : '邮件至 ') + content.to + '：' + content.text));
      }
      const shown = JSON.parse(row.body);
      if (shown.caseFile) {
        shown.caseFile.documents.forEach(d => { if (d.base64) { d.base64 = '（' + d.base64.length + ' 个字符，已省略）'; } });
      }
      document.getElementById('detail-json').textContent = JSON.stringify(shown, null, 2);
      document.getElementById('detail').hidden = false;
      document.getElementById('detail').scrollIntoView();
    }).catch(error => say('读取失败：' + error.message));
  }

  function start() {
    document.getElementById('login').hidden = true;
    document.getElementById('app').hidden = false;
    loadFaults().then(loadRequests).catch(error => say(error.message));
    setInterval(() => loadRequests().catch(() => {}), 5000);
  }

  document.getElementById('login-form').addEventListener('submit', event => {
    event.preventDefault();
    const form = new FormData(event.target);
    authorization = 'Basic ' + btoa(unescape(encodeURIComponent(form.get('username') + ':' + form.get('password'))));
    api('/api/simulator/faults').then(start).catch(error => {
      authorization = null;
      document.getElementById('login-error').textContent = error.status === 401 ? '用户名或密码错误'
        : error.status === 403 ? '无权使用模拟器（需管理员或中心负责人）'
          : error.status === 404 ? '模拟器未启用（postgres 配置下不启用）' : '登录失败：' + error.message;
    });
  });
  document.getElementById('filter-system').addEventListener('change', () => loadRequests());
  document.getElementById('filter-case').addEventListener('change', () => loadRequests());
  document.getElementById('close-detail').addEventListener('click', () => { document.getElementById('detail').hidden = true; });
})();
