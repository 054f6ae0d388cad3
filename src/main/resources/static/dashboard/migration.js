// The migration page: process versions, the generated plan, the check of every running case and the
// migration with its report, over /api/migration/** (administrators; the Cockpit login session).
(function () {
  'use strict';

  const API = '../api';
  const WEBAPP_AUTH = '../camunda/api/admin/auth/user/default';
  let definitions = [];
  let lastPlan = null;

  function byId(id) { return document.getElementById(id); }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (className) { node.className = className; }
    return node;
  }

  function say(text) { byId('message').textContent = text; }

  async function csrfToken() {
    const response = await fetch(WEBAPP_AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const fromHeader = response.headers.get('X-XSRF-TOKEN');
    if (fromHeader && fromHeader !== 'Required') { return fromHeader; }
    const cookie = document.cookie.split(';').map(c => c.trim()).find(c => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  async function call(path, body) {
    const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
    const init = { credentials: 'same-origin', headers: headers };
    if (body !== undefined) {
      init.method = 'POST';
      headers['Content-Type'] = 'application/json';
      headers['X-XSRF-TOKEN'] = await csrfToken();
      init.body = JSON.stringify(body);
    }
    const response = await fetch(API + path, init);
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (!response.ok) {
      const error = new Error((json && json.message) || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    }
    return json;
  }

  function label(d) {
    return '第 ' + d.version + ' 版' + (d.versionTag ? '（' + d.versionTag + '）' : '') + ' · '
      + (d.deploymentSource || '未注明来源') + ' · 运行中 ' + d.runningCases + ' 件';
  }

  function fillVersions() {
    const key = byId('key').value;
    const versions = definitions.filter(d => d.key === key);
    ['source', 'target'].forEach(id => {
      const select = byId(id);
      select.replaceChildren();
      versions.forEach(d => { const o = el('option', label(d)); o.value = d.id; select.append(o); });
    });
    if (versions.length > 1) { byId('source').value = versions[1].id; }
    byId('plan').hidden = true;
    byId('result').hidden = true;
  }

  function request() {
    const removedSteps = {};
    document.querySelectorAll('#unmapped select').forEach(select => {
      if (select.value) { removedSteps[select.dataset.activity] = select.value; }
    });
    return { sourceDefinitionId: byId('source').value, targetDefinitionId: byId('target').value, removedSteps: removedSteps };
  }

  async function showPlan() {
    say('正在生成迁移计划…');
    try {
      const plan = await call('/migration/plan', { sourceDefinitionId: byId('source').value, targetDefinitionId: byId('target').value });
      lastPlan = plan;
      const rows = byId('instructions');
      rows.replaceChildren();
      plan.instructions.forEach(i => {
        const tr = el('tr');
        tr.append(el('td', (i.sourceName || '') + '（' + i.sourceActivityIds.join('、') + '）'),
          el('td', (i.targetName || '') + '（' + i.targetActivityIds.join('、') + '）'),
          el('td', i.sourceName === i.targetName ? '' : '改名：' + (i.sourceName || '') + ' → ' + (i.targetName || '')));
        rows.append(tr);
      });
      const unmapped = byId('unmapped');
      unmapped.replaceChildren();
      plan.unmappedActivities.forEach(u => {
        const tr = el('tr');
        const select = el('select');
        select.dataset.activity = u.activityId;
        select.append(el('option', '（不指定：停在此步骤的案件不迁移）'));
        select.firstChild.value = '';
        plan.instructions.forEach(i => {
          const o = el('option', (i.targetName || '') + '（' + i.targetActivityIds[0] + '）');
          o.value = i.targetActivityIds[0];
          select.append(o);
        });
        const cell = el('td');
        cell.append(select);
        tr.append(el('td', (u.name || '') + '（' + u.activityId + '）'), el('td', u.type), el('td', String(u.runningCases)), cell);
        unmapped.append(tr);
      });
      byId('plan-errors').textContent = plan.planErrors.length ? '计划无效：' + plan.planErrors.join('；') : '';
      byId('plan').hidden = false;
      byId('result').hidden = true;
      byId('migrate').disabled = true;
      say('');
    } catch (error) {
      say(error.message);
    }
  }

  function showCases(title, summary, cases, migrated) {
    byId('result-title').textContent = title;
    byId('result-summary').textContent = summary;
    const rows = byId('cases');
    rows.replaceChildren();
    cases.forEach(c => {
      const ok = migrated ? c.migrated : c.movable;
      const tr = el('tr');
      const notes = (c.reasons || []).slice();
      Object.entries(c.removedStepsUsed || {}).forEach(([from, to]) => notes.push('已删除的步骤 ' + from + ' → ' + to));
      (c.renamedTasks || []).forEach(t => notes.push('任务改名：' + t.from + ' → ' + t.to));
      tr.append(el('td', c.caseNumber || ''), el('td', c.processInstanceId), el('td', (c.activeActivities || []).join('、')),
        el('td', ok ? (migrated ? '已迁移' : '可迁移') : (migrated ? '未迁移' : '不能迁移'), ok ? 'ok' : 'blocked'),
        el('td', notes.join('；')));
      rows.append(tr);
    });
    byId('result').hidden = false;
  }

  async function check() {
    say('正在逐件检查…');
    try {
      const result = await call('/migration/check', request());
      showCases('检查结果', '共 ' + result.total + ' 件：可迁移 ' + result.movable + ' 件，不能迁移 ' + result.blocked + ' 件。',
        result.cases, false);
      byId('migrate').disabled = result.movable === 0;
      say('');
    } catch (error) {
      say(error.message);
    }
  }

  async function migrate() {
    if (!window.confirm('确定迁移可迁移的案件吗？迁移后案件按目标版本继续办理。')) { return; }
    say('正在迁移…');
    try {
      const report = await call('/migration/migrate', request());
      showCases('迁移报告', '共 ' + report.total + ' 件：已迁移 ' + report.migrated + ' 件，未迁移 ' + report.failed + ' 件。',
        report.cases, true);
      byId('migrate').disabled = true;
      say('');
    } catch (error) {
      say(error.message);
    }
  }

  async function start() {
    try {
      const me = await call('/me');
      byId('user-name').textContent = me.name + '（' + me.id + '）';
      if (!(me.groups || []).includes('camunda-admin')) {
        byId('notice').textContent = '无权访问：案件迁移仅限系统管理员。';
        return;
      }
      definitions = await call('/migration/definitions');
    } catch (error) {
      byId('notice').textContent = error.status === 401 ? '请先以系统管理员身份登录 Cockpit 或监管看板，再打开本页。' : error.message;
      return;
    }
    // the process's name as the newest version calls it (劳动人事争议案件), its key for whoever needs it
    const names = new Map();
    definitions.forEach(d => { if (!names.has(d.key)) { names.set(d.key, d.name || d.key); } });
    names.forEach((name, k) => { const o = el('option', name === k ? k : name + '（' + k + '）'); o.value = k; byId('key').append(o); });
    byId('key').addEventListener('change', fillVersions);
    byId('show-plan').addEventListener('click', showPlan);
    byId('check').addEventListener('click', check);
    byId('migrate').addEventListener('click', migrate);
    fillVersions();
    byId('notice').hidden = true;
    byId('app').hidden = false;
  }

  start();
}());
