// OneDoor supervisor dashboard. Logs in through the Camunda webapps' login (the session Cockpit
// uses), then reads everything from /api/reports/** and /api/cases/{caseNumber}/timeline; those
// answer 401 without a login and 403 to anyone but supervisors and administrators. All text that
// comes from the server goes into the page as text (textContent), never as HTML.
'use strict';

(function () {
  const API = '../api';
  const WEBAPP_AUTH = '../camunda/api/admin/auth/user/default';
  const COCKPIT_INSTANCE = '../camunda/app/cockpit/default/#/process-instance/';
  const ALLOWED_GROUPS = ['supervisor', 'camunda-admin'];
  const BREAKDOWN_TABLES = {
    channel: 'kpi-channel', disputeType: 'kpi-dispute-type', mediatorPool: 'kpi-mediator-pool',
    mediator: 'kpi-mediator', month: 'kpi-month'
  };
  const BREAKDOWN_HEADERS = {
    channel: '受理渠道', disputeType: '争议类型', mediatorPool: '调解员库', mediator: '调解员', month: '月份'
  };
  const NOTICE_TEMPLATES = {
    accepted: '受理通知', not_accepted: '不予受理通知', employer_refused: '被申请人不同意调解', session_scheduled: '调解会议通知',
    session_scheduled_cloud: '云调解会议通知', session_scheduled_mediator: '调解会议通知（调解员）',
    session_scheduled_mediator_cloud: '云调解会议通知（调解员）', deadline_reminder: '期限提醒', agreement_reached: '达成调解协议',
    referred_to_arbitration: '移交仲裁', referred_to_court: '移送法院', payment_order: '支付令申请', case_closed: '结案通知',
    collective_alert: '集体争议预警'
  };
  const INCIDENT_TYPES = { failedJob: '任务执行失败', failedExternalTask: '外部任务失败' };
  const REFUSAL = '无权访问：监管看板仅向中心负责人和系统管理员开放。';

  const state = { labels: null, kpis: null, openCases: null, breakdown: 'channel', charts: {} };

  // --- small DOM helpers

  function byId(id) {
    return document.getElementById(id);
  }

  /** el('td', {className: 'number'}, '594', otherNode): children are text or nodes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([key, value]) => {
      if (key === 'dataset') {
        Object.assign(node.dataset, value);
      } else if (value !== undefined && value !== null) {
        node[key] = value;
      }
    });
    children.flat().forEach(child => {
      if (child !== undefined && child !== null) {
        node.append(child instanceof Node ? child : String(child));
      }
    });
    return node;
  }

  function show(view) {
    ['loading-view', 'login-view', 'denied-view', 'dashboard-view'].forEach(id => {
      byId(id).hidden = id !== view;
    });
  }

  function text(value) {
    return value === undefined || value === null || value === '' ? '—' : String(value);
  }

  function dateTime(value) {
    return value ? String(value).replace('T', ' ').substring(0, 16) : '—';
  }

  // --- HTTP

  class HttpError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** GET {@code path}; a refusal becomes an HttpError with the server's Chinese message. */
  async function getOk(path) {
    // X-Requested-With: a 401 then carries no Basic challenge, so the browser opens no login dialog
    const response = await fetch(path, {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    if (!response.ok) {
      let message = '读取失败（HTTP ' + response.status + '）';
      try {
        const body = await response.json();
        if (body && body.message) {
          message = body.message;
        }
      } catch (ignored) {
        // not JSON: keep the status line
      }
      throw new HttpError(response.status, message);
    }
    return response;
  }

  async function getJson(path) {
    const response = await getOk(path);
    return response.json();
  }

  /** The webapps' CSRF token: a GET through their filter hands it out (header and XSRF-TOKEN cookie). */
  async function csrfToken() {
    const response = await fetch(WEBAPP_AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const fromHeader = response.headers.get('X-XSRF-TOKEN');
    if (fromHeader && fromHeader !== 'Required') {
      return fromHeader;
    }
    const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  /** An API failure while the dashboard is open: log in again on 401, the refusal on 403, else say so. */
  function failed(error, where) {
    if (error instanceof HttpError && error.status === 401) {
      showLogin('登录已过期，请重新登录。');
    } else if (error instanceof HttpError && error.status === 403) {
      showDenied(REFUSAL);
    } else if (where) {
      where.replaceChildren(el('p', { className: 'message' }, error.message));
    }
  }

  // --- login, refusal, logout

  async function start() {
    show('loading-view');
    let me;
    try {
      me = await getJson(API + '/me');
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) {
        showLogin('');
      } else {
        showLogin('无法连接服务器：' + error.message);
      }
      return;
    }
    byId('user-name').textContent = me.name; // 刘建国; the login in data-user-id and on hover
    byId('user-name').dataset.userId = me.id;
    byId('user-name').title = '登录名：' + me.id;
    byId('user-bar').hidden = false;
    const allowed = (me.groups || []).some(group => ALLOWED_GROUPS.includes(group));
    byId('cockpit-link').hidden = !allowed;
    if (!allowed) {
      showDenied(REFUSAL + '您当前以「' + me.name + '（' + me.id + '）」登录，该账号没有中心负责人或系统管理员角色。');
      return;
    }
    show('dashboard-view');
    try {
      state.labels = await getJson(API + '/reports/labels');
    } catch (error) {
      failed(error, byId('breakdown-table'));
      return;
    }
    initialPeriod();
    await Promise.all([loadKpis(), loadOperations()]);
  }

  function showLogin(message) {
    byId('user-bar').hidden = true;
    byId('login-message').textContent = message;
    show('login-view');
    byId('login-username').focus();
  }

  function showDenied(message) {
    byId('denied-text').textContent = message;
    show('denied-view');
  }

  async function login(event) {
    event.preventDefault();
    const username = byId('login-username').value.trim();
    const password = byId('login-password').value;
    const message = byId('login-message');
    message.textContent = '正在登录…';
    byId('login-submit').disabled = true;
    try {
      const token = await csrfToken();
      const response = await fetch(WEBAPP_AUTH + '/login/cockpit', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'X-XSRF-TOKEN': token, Accept: 'application/json' },
        body: new URLSearchParams({ username: username, password: password })
      });
      byId('login-password').value = '';
      if (response.ok) {
        message.textContent = '';
        await start();
      } else if (response.status === 401) {
        message.textContent = '用户名或密码错误。多次输入错误后需稍等片刻才能再次登录。';
      } else if (response.status === 403) {
        message.textContent = REFUSAL + '账号「' + username + '」没有中心负责人或系统管理员角色。';
      } else {
        message.textContent = '登录失败（HTTP ' + response.status + '），请稍后重试。';
      }
    } catch (error) {
      message.textContent = '无法连接服务器：' + error.message;
    } finally {
      byId('login-submit').disabled = false;
    }
  }

  /** Logs out of the webapps (Cockpit too) and reloads, so that no figure stays in the page. */
  async function logout() {
    try {
      const token = await csrfToken();
      await fetch(WEBAPP_AUTH + '/logout', { method: 'POST', credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': token } });
    } finally {
      window.location.replace(window.location.pathname);
    }
  }

  // --- the period

  function iso(date) {
    const pad = n => String(n).padStart(2, '0');
    return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate());
  }

  function preset(name) {
    const today = new Date();
    const year = today.getFullYear();
    if (name === 'month') {
      return [new Date(year, today.getMonth(), 1), new Date(year, today.getMonth() + 1, 0)];
    }
    if (name === 'quarter') {
      const first = Math.floor(today.getMonth() / 3) * 3;
      return [new Date(year, first, 1), new Date(year, first + 3, 0)];
    }
    return [new Date(year, 0, 1), new Date(year, 11, 31)];
  }

  /** ?from=&to= in the address (a bookmark, a link from Cockpit), else this year. */
  function initialPeriod() {
    const query = new URLSearchParams(window.location.search);
    const [from, to] = preset('year');
    byId('from').value = query.get('from') || iso(from);
    byId('to').value = query.get('to') || iso(to);
  }

  function period() {
    return { from: byId('from').value, to: byId('to').value };
  }

  function periodQuery() {
    const p = period();
    return '?from=' + encodeURIComponent(p.from) + '&to=' + encodeURIComponent(p.to);
  }

  async function applyPeriod(event) {
    if (event) {
      event.preventDefault();
    }
    const p = period();
    if (!p.from || !p.to) {
      byId('period-message').textContent = '请选择起始日期和截止日期。';
      return;
    }
    if (p.from > p.to) {
      byId('period-message').textContent = '起始日期不得晚于截止日期。';
      return;
    }
    window.history.replaceState(null, '', window.location.pathname + periodQuery());
    await loadKpis();
  }

  // --- KPIs, charts and breakdowns

  async function loadKpis() {
    byId('period-message').textContent = '';
    let kpis;
    try {
      kpis = await getJson(API + '/reports/kpi' + periodQuery());
    } catch (error) {
      if (error instanceof HttpError && error.status === 400) {
        byId('period-message').textContent = error.message;
      } else {
        failed(error, byId('breakdown-table'));
      }
      return;
    }
    state.kpis = kpis;
    byId('kpi-period').textContent = '按受理日期 ' + kpis.from + ' 至 ' + kpis.to;
    document.querySelectorAll('#kpi-cards .card').forEach(card => {
      // the API's own strings: "98.99", "6811100.00"
      card.querySelector('.value').textContent = String(kpis[card.dataset.kpi]);
    });
    renderExports();
    renderBreakdown();
    renderKpiCharts();
    document.body.dataset.kpiLoaded = kpis.from + '/' + kpis.to;
  }

  function label(kind, key) {
    if (kind === 'month') {
      return key;
    }
    if (key === undefined || key === null || key === '') {
      return '未分派';
    }
    const names = (state.labels && state.labels[kind]) || {};
    return names[key] || key;
  }

  function renderBreakdown() {
    const name = state.breakdown;
    document.querySelectorAll('#breakdown-tabs button').forEach(button => {
      button.classList.toggle('active', button.dataset.breakdown === name);
    });
    byId('breakdown-exports').dataset.table = BREAKDOWN_TABLES[name];
    renderExports();
    const rows = ((state.kpis && state.kpis.breakdowns[name]) || []).map(row => [
      label(name, row.key), num(row.casesReceived), num(row.agreementsReached), num(row.successRate), num(row.amountRecovered)
    ]);
    byId('breakdown-table').replaceChildren(table(
      [BREAKDOWN_HEADERS[name], num('受理案件'), num('达成调解协议'), num('调解成功率（%）'), num('挽回经济损失（元）')],
      rows, '所选期间没有受理案件。'));
  }

  /** A number cell: right-aligned. */
  function num(value) {
    return { number: true, value: value };
  }

  function table(headers, rows, emptyText) {
    if (rows.length === 0) {
      return el('p', { className: 'empty' }, emptyText);
    }
    const cell = (tag, value) => {
      if (value && value.number) {
        return el(tag, { className: 'number' }, value.value);
      }
      return el(tag, null, value instanceof Node ? value : text(value));
    };
    return el('table', null,
      el('thead', null, el('tr', null, headers.map(h => cell('th', h)))),
      el('tbody', null, rows.map(row => el('tr', null, row.map(value => cell('td', value))))));
  }

  function renderExports() {
    document.querySelectorAll('.exports').forEach(node => {
      const query = node.dataset.period ? periodQuery() : '';
      const link = format => el('a', {
        className: 'btn', href: API + '/reports/export/' + node.dataset.table + '.' + format + query,
        download: '', title: '下载' + (format === 'csv' ? ' CSV（UTF-8）' : ' Excel 工作簿')
      }, format === 'csv' ? '导出 CSV' : '导出 Excel');
      node.replaceChildren(link('csv'), link('xlsx'));
    });
  }

  function chart(id) {
    if (typeof echarts === 'undefined') {
      byId(id).replaceChildren(el('p', { className: 'message' }, '图表组件未能加载。'));
      return null;
    }
    if (!state.charts[id]) {
      state.charts[id] = echarts.init(byId(id));
    }
    return state.charts[id];
  }

  // tooltips are drawn on the canvas ('richText'): no text from the server ever becomes HTML
  const TOOLTIP = { trigger: 'axis', renderMode: 'richText' };

  function renderKpiCharts() {
    const breakdowns = state.kpis.breakdowns;
    const months = breakdowns.month || [];
    const monthChart = chart('chart-month');
    if (monthChart) {
      monthChart.setOption({
        tooltip: TOOLTIP,
        legend: { data: ['受理案件', '达成调解协议'] },
        grid: { left: 40, right: 20, top: 36, bottom: 30 },
        xAxis: { type: 'category', data: months.map(m => m.key) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '受理案件', type: 'bar', data: months.map(m => m.casesReceived), itemStyle: { color: '#1f5fa8' } },
          { name: '达成调解协议', type: 'line', data: months.map(m => m.agreementsReached), itemStyle: { color: '#27ae60' } }
        ]
      }, true);
    }
    const channelChart = chart('chart-channel');
    if (channelChart) {
      channelChart.setOption({
        tooltip: { trigger: 'item', renderMode: 'richText' },
        series: [{
          type: 'pie', radius: ['35%', '65%'],
          data: (breakdowns.channel || []).map(r => ({ name: label('channel', r.key), value: r.casesReceived }))
        }]
      }, true);
    }
    const typeChart = chart('chart-dispute-type');
    if (typeChart) {
      const types = (breakdowns.disputeType || []).slice().sort((a, b) => a.casesReceived - b.casesReceived);
      typeChart.setOption({
        tooltip: TOOLTIP,
        grid: { left: 120, right: 20, top: 10, bottom: 24 },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: types.map(r => label('disputeType', r.key)) },
        series: [{ name: '受理案件', type: 'bar', data: types.map(r => r.casesReceived), itemStyle: { color: '#1f5fa8' } }]
      }, true);
    }
  }

  function renderStageChart() {
    const stageChart = chart('chart-stage');
    if (stageChart && state.openCases) {
      stageChart.setOption({
        tooltip: TOOLTIP,
        grid: { left: 40, right: 20, top: 20, bottom: 30 },
        xAxis: { type: 'category', data: state.openCases.map(s => s.label), axisLabel: { interval: 0, fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '在办案件', type: 'bar', data: state.openCases.map(s => s.cases), itemStyle: { color: '#1f5fa8' } },
          { name: '其中集体争议', type: 'bar', data: state.openCases.map(s => s.collective), itemStyle: { color: '#c0392b' } }
        ]
      }, true);
    }
  }

  // --- today's operational views

  /** A case number (a link to its 案件卷宗) with links to its timeline and to the process instance in Cockpit. */
  function caseCell(caseNumber, processInstanceId) {
    const actions = el('span', { className: 'actions' });
    if (caseNumber) {
      actions.append(el('a', {
        href: '#timeline', className: 'timeline-link', dataset: { caseNumber: caseNumber },
        onclick: event => {
          event.preventDefault();
          openTimeline(caseNumber);
        }
      }, '时间线'));
    }
    if (processInstanceId) {
      actions.append(el('a', {
        href: COCKPIT_INSTANCE + encodeURIComponent(processInstanceId), className: 'cockpit-link', target: '_blank', rel: 'noopener'
      }, 'Cockpit'));
    }
    const number = caseNumber
      ? el('a', { href: '../cases/file.html?case=' + encodeURIComponent(caseNumber), className: 'case-file-link', target: '_blank', rel: 'noopener' },
        caseNumber)
      : text(caseNumber);
    return el('span', null, number, actions);
  }

  /** Under a paged table: how many there are in all when the page does not show them all (the export has every one). */
  function moreNote(page, what, table) {
    if (page.total <= page.items.length) {
      return '';
    }
    return el('p', { className: 'more-note' }, '共 ' + page.total + ' ' + what + '，此处显示前 ' + page.items.length
      + ' 件；全部请导出（' + table + '）。');
  }

  /**
   * The failed notices, and the webapps' CSRF token the list's answer carries for the retry (their
   * cookie belongs to /camunda only, so this page cannot read it).
   */
  let noticeCsrfToken = '';
  async function getFailedNotices() {
    const response = await getOk(API + '/reports/failed-notices?size=200');
    noticeCsrfToken = response.headers.get('X-XSRF-TOKEN') || '';
    return response.json();
  }

  /** 重新发送: queues a failed notice again (POST …/retry), then reloads the lists. */
  function retryButton(id) {
    const button = el('button', { type: 'button', className: 'retry-notice' }, '重新发送');
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const response = await fetch(API + '/reports/failed-notices/' + encodeURIComponent(id) + '/retry', {
          method: 'POST', credentials: 'same-origin',
          headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest', 'X-XSRF-TOKEN': noticeCsrfToken }
        });
        if (!response.ok) {
          let message = '重新发送失败（HTTP ' + response.status + '）';
          try {
            const body = await response.json();
            if (body && body.message) {
              message = body.message;
            }
          } catch (ignored) {
            // not JSON: keep the status line
          }
          failed(new HttpError(response.status, message), byId('failed-notices-table'));
          return;
        }
        await loadOperations();
      } finally {
        button.disabled = false;
      }
    });
    return button;
  }

  async function loadOperations() {
    const [openCases, deadlines, incidents, collective, failedNotices] = await Promise.all([
      getJson(API + '/reports/open-cases').catch(error => error),
      getJson(API + '/reports/deadlines?size=200').catch(error => error),
      getJson(API + '/reports/incidents?size=200').catch(error => error),
      getJson(API + '/reports/collective-disputes?size=200').catch(error => error),
      getFailedNotices().catch(error => error)
    ]);
    byId('operations-time').textContent = new Date().toLocaleString('zh-CN', { hour12: false });

    if (openCases instanceof Error) {
      failed(openCases, byId('open-cases-table'));
    } else {
      state.openCases = openCases;
      const total = openCases.reduce((sum, s) => ({ cases: sum.cases + s.cases, collective: sum.collective + s.collective }),
        { cases: 0, collective: 0 });
      byId('open-cases-table').replaceChildren(table(['办理阶段', num('在办案件'), num('其中集体争议')],
        openCases.map(s => [s.label, num(s.cases), num(s.collective)]).concat([['合计', num(total.cases), num(total.collective)]]),
        '暂无在办案件。'));
      renderStageChart();
    }

    if (deadlines instanceof Error) {
      failed(deadlines, byId('deadlines-table'));
    } else {
      byId('deadlines-table').replaceChildren(table(
        ['案号', '申请人', '被申请人', '办理阶段', '期限事项', '到期时间', '状态'],
        deadlines.items.map(d => [caseCell(d.caseNumber, d.facts.processInstanceId), d.facts.applicantName, d.facts.employerName,
          label('stage', d.facts.stage), d.deadlineName, dateTime(d.due),
          el('span', { className: d.overdue ? 'overdue' : 'due-soon' },
            d.overdue ? '已逾期 ' + Math.max(1, -d.daysLeft) + ' 天' : (d.daysLeft === 0 ? '今日到期' : '剩 ' + d.daysLeft + ' 天'))]),
        '没有已逾期或三日内到期的案件。'), moreNote(deadlines, '件已逾期或三日内到期的案件', 'deadlines'));
    }

    if (incidents instanceof Error) {
      failed(incidents, byId('incidents-table'));
    } else {
      byId('incidents-table').replaceChildren(table(
        ['案号', '流程', '环节', '事件类型', '错误信息', '发生时间'],
        incidents.items.map(i => [caseCell(i.caseNumber, i.processInstanceId), i.processName, i.activityName,
          INCIDENT_TYPES[i.incidentType] || i.incidentType, i.message, dateTime(i.occurredAt)]),
        '没有待处理的流程事件。'), moreNote(incidents, '件流程事件', 'incidents'));
    }

    if (failedNotices instanceof Error) {
      failed(failedNotices, byId('failed-notices-table'));
    } else {
      byId('failed-notices-table').replaceChildren(table(
        ['案号', '通知', '收件人', num('已尝试'), '最后错误', '失败时间', '操作'],
        failedNotices.items.map(n => [caseCell(n.caseNumber, null), NOTICE_TEMPLATES[n.template] || n.template, n.recipientMasked, num(n.attempts), n.lastError,
          dateTime(n.failedAt), retryButton(n.id)]),
        '没有发送失败的通知。'),
        failedNotices.total > failedNotices.items.length
          ? el('p', { className: 'more-note' }, '共 ' + failedNotices.total + ' 条，此处显示最近 ' + failedNotices.items.length + ' 条。')
          : '');
    }

    if (collective instanceof Error) {
      failed(collective, byId('collective-table'));
    } else {
      byId('collective-table').replaceChildren(table(
        ['案号', '申请人（代表）', '被申请人', num('涉及劳动者'), '争议类型', '办理阶段', '收到申请', '调解期限'],
        collective.items.map(c => [caseCell(c.caseNumber, c.processInstanceId), c.applicantName, c.employerName, num(c.workerCount),
          label('disputeType', c.disputeType), label('stage', c.stage), c.receivedOn, c.mediationDeadline]),
        '没有在办的集体争议。'), moreNote(collective, '件在办集体争议', 'collective-disputes'));
    }
  }

  // --- one case's timeline

  /** Whoever did a step, by name (王芳); the login stays in data-user-id. */
  function person(userId, name) {
    return userId ? el('span', { className: 'person', title: '登录名：' + userId, dataset: { userId: userId } }, name || userId) : '';
  }

  async function openTimeline(caseNumber) {
    const panel = byId('timeline-panel');
    panel.hidden = false;
    byId('timeline-title').textContent = caseNumber;
    byId('timeline-summary').textContent = '正在读取…';
    byId('timeline-table').replaceChildren();
    byId('timeline-incidents').replaceChildren();
    panel.scrollIntoView({ block: 'start' });
    let timeline;
    try {
      timeline = await getJson(API + '/cases/' + encodeURIComponent(caseNumber) + '/timeline');
    } catch (error) {
      byId('timeline-summary').textContent = '';
      failed(error, byId('timeline-table'));
      return;
    }
    byId('timeline-cockpit').href = COCKPIT_INSTANCE + encodeURIComponent(timeline.processInstanceId);
    byId('timeline-summary').textContent = timeline.state + '；开始于 ' + dateTime(timeline.started)
      + (timeline.ended ? '，结束于 ' + dateTime(timeline.ended) : '');
    byId('timeline-table').replaceChildren(table(
      ['开始', '结束', '流程', '环节', '类型', '办理人', '状态'],
      timeline.steps.map(s => [dateTime(s.start), dateTime(s.end), s.processName || s.processKey, s.activityName, s.kind,
        person(s.assignee, s.assigneeName), el('span', { className: s.end ? (s.canceled ? 'canceled' : '') : 'open-step' },
          s.end ? (s.canceled ? '已取消' : '已完成') : '进行中')]),
      '没有流程记录。'));
    if (timeline.incidents.length > 0) {
      byId('timeline-incidents').replaceChildren(el('h3', null, '流程事件'), table(
        ['发生时间', '环节', '事件类型', '错误信息', '状态'],
        timeline.incidents.map(i => [dateTime(i.created), i.activityId, INCIDENT_TYPES[i.incidentType] || i.incidentType, i.message,
          i.open ? '未解决' : '已解决（' + dateTime(i.ended) + '）']),
        ''));
    }
  }

  // --- wiring

  document.addEventListener('DOMContentLoaded', () => {
    byId('login-form').addEventListener('submit', login);
    byId('logout').addEventListener('click', logout);
    byId('denied-logout').addEventListener('click', logout);
    byId('period-form').addEventListener('submit', applyPeriod);
    document.querySelectorAll('[data-preset]').forEach(button => button.addEventListener('click', () => {
      const [from, to] = preset(button.dataset.preset);
      byId('from').value = iso(from);
      byId('to').value = iso(to);
      applyPeriod();
    }));
    document.querySelectorAll('#breakdown-tabs button').forEach(button => button.addEventListener('click', () => {
      state.breakdown = button.dataset.breakdown;
      renderBreakdown();
    }));
    byId('refresh').addEventListener('click', loadOperations);
    byId('timeline-close').addEventListener('click', () => {
      byId('timeline-panel').hidden = true;
    });
    window.addEventListener('resize', () => Object.values(state.charts).forEach(c => c.resize()));
    start();
  });
})();
