// OneDoor: 案件卷宗 (file.html?case=<case number>). Reads /api/cases/{caseNumber}/file in one call with
// the Tasklist login session, the documents from /api/cases/{caseNumber}/documents (listed as 暂无文书
// while that answers 404; the agreement PDF is listed from the file itself then), and uploads a file
// with the webapps' CSRF token. Server text goes in as text, never as HTML.
'use strict';

(function () {
  const API = '../api';
  const MODES = { in_person: '现场调解', cloud: '云调解' };
  const RESULTS = {
    another_session: '继续调解', agreement: '达成调解协议', extension_agreed: '同意延长调解期限',
    no_agreement: '调解不成', withdrawn: '申请人撤回申请', employer_absent: '被申请人拒不到场'
  };
  const CHANNELS = { sms: '短信', email: '电子邮件' };
  const caseNumber = new URLSearchParams(window.location.search).get('case') || '';
  const casePath = API + '/cases/' + encodeURIComponent(caseNumber);

  function byId(id) { return document.getElementById(id); }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  function rows(bodyId, items, cells, empty, columns) {
    const body = byId(bodyId);
    body.replaceChildren();
    if (!items || items.length === 0) {
      const row = el('tr');
      const cell = el('td', empty, 'muted');
      cell.colSpan = columns;
      row.appendChild(cell);
      body.appendChild(row);
      return;
    }
    for (const item of items) {
      const row = el('tr');
      for (const value of cells(item)) {
        row.appendChild(value instanceof Node ? wrap(value) : el('td', value == null ? '' : value));
      }
      body.appendChild(row);
    }
  }

  function wrap(node) {
    if (node.tagName === 'TD') { return node; }
    const td = el('td');
    td.appendChild(node);
    return td;
  }

  function facts(listId, pairs) {
    const list = byId(listId);
    list.replaceChildren();
    for (const [label, value] of pairs) {
      if (value === null || value === undefined || value === '') { continue; }
      list.append(el('dt', label), el('dd', value));
    }
  }

  function dateTime(value) {
    if (!value) { return ''; }
    return String(value).replace('T', ' ').replace(/(\d\d:\d\d)(:\d\d)?(\.\d+)?([+-]\d\d:\d\d|Z)?$/, '$1');
  }

  function yuan(value) {
    return value === null || value === undefined ? '' : Number(value).toLocaleString('zh-CN', { minimumFractionDigits: 2 }) + ' 元';
  }

  function size(bytes) {
    if (bytes >= 1024 * 1024) {
      const mb = bytes / 1024 / 1024;
      return (Number.isInteger(mb) ? mb : mb.toFixed(1)) + ' MB';
    }
    return Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function link(text, href) {
    const a = el('a', text);
    a.href = href;
    return a;
  }

  async function getJson(path) {
    const response = await fetch(path, {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    let body = null;
    try { body = await response.json(); } catch (ignored) { /* not JSON */ }
    if (response.headers.get('X-XSRF-TOKEN')) { csrf = response.headers.get('X-XSRF-TOKEN'); }
    return { status: response.status, ok: response.ok, body: body };
  }

  function failure(answer) {
    if (answer.status === 401) { return '请先登录 Tasklist。'; }
    return answer.body && answer.body.message ? answer.body.message : '读取失败（HTTP ' + answer.status + '）';
  }

  function partyNote(p) {
    const notes = [];
    if (p.representative) { notes.push('推举代表'); }
    if (p.representsSeq) { notes.push('代理第 ' + p.representsSeq + ' 位申请人'); }
    return notes.join('；');
  }

  function show(file) {
    byId('case-number').textContent = file.caseNumber;
    document.title = '案件卷宗 ' + file.caseNumber + ' · 劳动人事争议一站式调处中心';
    facts('summary', [
      ['案号', file.caseNumber], ['状态', file.stageLabel], ['来源', file.channelLabel], ['案由', file.disputeTypeLabel],
      ['法院案号', file.courtCaseNumber], ['收到申请', file.receivedOn], ['受理日期', file.acceptedOn],
      ['调解员组', file.mediatorPoolLabel], ['承办人', file.mediatorName]
    ]);
    rows('parties', file.parties, p => [
      p.roleLabel + (p.role === 'applicant' && file.parties.filter(x => x.role === 'applicant').length > 1 ? ' ' + p.seq : ''),
      p.name, p.idNumberMasked || p.creditCode || '', p.phoneMasked || '', p.address || '', p.legalRepresentative || '',
      p.claimAmount == null ? '' : yuan(p.claimAmount), partyNote(p)
    ], '无当事人记录', 8);
    const claims = file.claims || {};
    facts('claims', [
      ['请求金额', yuan(claims.amount)], ['涉及劳动者', claims.workerCount + ' 人' + (claims.collective ? '（集体争议）' : '')],
      ['请求事项', claims.description], ['知道权利被侵害之日', claims.knownDate], ['劳动关系终止之日', claims.employmentEndDate]
    ]);
    const deadlineBody = byId('deadlines');
    rows('deadlines', file.deadlines, d => [d.name, dateTime(d.at), d.kind, d.overdue ? '已逾期' : ''], '无未届满的期限', 4);
    Array.from(deadlineBody.rows).forEach((row, i) => {
      if (file.deadlines[i] && file.deadlines[i].overdue) { row.className = 'overdue'; }
    });
    rows('sessions', file.sessions, s => [
      '第 ' + s.number + ' 次', dateTime(s.time), MODES[s.mode] || s.mode || '', s.place || '', RESULTS[s.result] || s.result || '',
      el('td', s.notes || '', 'notes'), s.recordedBy || ''
    ], '尚无调解记录', 7);
    showUploads(file.uploads);
    rows('notices', file.notices, n => [
      dateTime(n.sentAt || n.createdAt), n.recipientLabel, CHANNELS[n.channel] || n.channel, n.recipientMasked, n.statusLabel,
      el('td', n.text, 'notes')
    ], '尚无通知', 6);
    const timeline = file.timeline;
    if (timeline) {
      byId('timeline-summary').textContent = timeline.state + '；开始于 ' + dateTime(timeline.started)
        + (timeline.ended ? '，结束于 ' + dateTime(timeline.ended) : '');
      rows('timeline', timeline.steps, s => [
        dateTime(s.start), s.end ? dateTime(s.end) : (s.kind === '结束' ? '' : '进行中'), s.processName || s.processKey || '',
        s.activityName + (s.canceled ? '（已中止）' : ''), s.kind, s.assignee || ''
      ], '尚无办理记录', 6);
    }
    uploadForm(file);
    byId('content').hidden = false;
    byId('message').textContent = '';
  }

  function showUploads(uploads) {
    rows('uploads', uploads, u => [
      u.typeLabel, link(u.fileName, casePath + '/uploads/' + u.id), size(u.size), u.uploadedBy, dateTime(u.uploadedAt)
    ], '尚无上传材料', 5);
  }

  async function showDocuments(file) {
    const list = byId('documents');
    list.replaceChildren();
    const answer = await getJson(casePath + '/documents');
    let documents = answer.ok && Array.isArray(answer.body) ? answer.body : null;
    if (documents === null) {
      // the documents service is not there (404): the agreement PDF, which the case file knows of
      documents = file.agreementAvailable
        ? [{ type: 'mediation-agreement', title: '调解协议书', available: true, url: file.agreementUrl }] : [];
    }
    const available = documents.filter(d => d.available !== false);
    if (available.length === 0) {
      list.appendChild(el('li', '暂无文书', 'muted'));
      return;
    }
    for (const d of available) {
      const item = el('li');
      item.appendChild(link(d.title + '（PDF）', d.url.startsWith('/') ? '..' + d.url : d.url));
      list.appendChild(item);
    }
  }

  function uploadForm(file) {
    const select = byId('upload-type');
    select.replaceChildren();
    for (const [code, label] of Object.entries(file.uploadTypes)) {
      const option = el('option', label);
      option.value = code;
      select.appendChild(option);
    }
    byId('upload-limit').textContent = '每个最多 ' + size(file.maxUploadBytes) + '，每案最多 ' + file.maxUploads + ' 个';
    byId('upload-form').hidden = false;
  }

  // the webapps' CSRF token: the case file's answer carries it (X-XSRF-TOKEN) for a Tasklist session
  let csrf = '';

  async function csrfToken() {
    if (csrf) { return csrf; }
    const response = await fetch(casePath + '/file', {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    csrf = response.headers.get('X-XSRF-TOKEN') || '';
    return csrf;
  }

  function say(text, ok) {
    const message = byId('upload-message');
    message.textContent = text;
    message.className = ok ? 'ok' : 'error';
  }

  byId('upload-file').addEventListener('change', () => {
    const input = byId('upload-file');
    byId('upload-chosen').textContent = input.files.length ? input.files[0].name + '（' + size(input.files[0].size) + '）' : '未选择文件';
  });

  byId('upload-form').addEventListener('submit', async event => {
    event.preventDefault();
    const input = byId('upload-file');
    if (!input.files.length) {
      say('请选择要上传的文件。', false);
      return;
    }
    const data = new FormData();
    data.append('type', byId('upload-type').value);
    data.append('file', input.files[0]);
    say('正在上传…', true);
    const response = await fetch(casePath + '/uploads', {
      method: 'POST', credentials: 'same-origin', body: data,
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': await csrfToken() }
    });
    let body = null;
    try { body = await response.json(); } catch (ignored) { /* not JSON */ }
    if (!response.ok) {
      const fields = body && body.errors ? body.errors.map(e => e.message).join('；') : '';
      say(fields || (body && body.message) || '上传失败（HTTP ' + response.status + '）', false);
      return;
    }
    say('已上传：' + body.fileName, true);
    input.value = '';
    byId('upload-chosen').textContent = '未选择文件';
    const list = await getJson(casePath + '/uploads');
    if (list.ok) { showUploads(list.body); }
  });

  async function load() {
    if (!caseNumber) {
      byId('message').textContent = '请从 Tasklist 的任务、查找案件或监管看板打开案件卷宗（缺少案号）。';
      return;
    }
    byId('case-number').textContent = caseNumber;
    const answer = await getJson(casePath + '/file');
    if (!answer.ok) {
      byId('message').textContent = failure(answer);
      return;
    }
    show(answer.body);
    showDocuments(answer.body);
  }

  load();
})();
