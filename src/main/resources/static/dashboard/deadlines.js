// OneDoor: 法定期限一览. Reads GET /api/deadlines: a list of {caseNumber, deadlineName, due, daysLeft,
// overdue}, overdue first. Asks for ?page=&size= and takes the answer either way: a page object
// (content/items with totalElements/total) when the API pages, the whole list (paged here) when not.
'use strict';

(function () {
  const API = '../api';
  const SIZE = 50;
  const REFUSAL = '无权访问：法定期限一览仅向中心负责人和系统管理员开放。';
  const state = { page: 0, overdueOnly: false, all: null };

  const byId = id => document.getElementById(id);

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

  function dateTime(value) {
    if (!value) {
      return '';
    }
    const [day, time] = String(value).split('T');
    const [y, m, d] = day.split('-');
    return y + '年' + Number(m) + '月' + Number(d) + '日' + (time ? ' ' + time.substring(0, 5) : '');
  }

  function status(d) {
    if (d.overdue) {
      return el('span', { className: 'overdue' }, '已逾期 ' + Math.max(1, -d.daysLeft) + ' 天');
    }
    if (d.daysLeft === 0) {
      return el('span', { className: 'due-soon' }, '今日到期');
    }
    return el('span', { className: d.daysLeft <= 3 ? 'due-soon' : '' }, '剩 ' + d.daysLeft + ' 天');
  }

  async function getJson(path) {
    const response = await fetch(path, {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    if (!response.ok) {
      const error = new Error('读取失败（HTTP ' + response.status + '）');
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  /** The page object of a paging API, or the whole list of one that does not page. */
  function pageOf(body, page) {
    if (Array.isArray(body)) {
      state.all = body;
      const rows = body.filter(d => !state.overdueOnly || d.overdue);
      return { rows: rows.slice(page * SIZE, (page + 1) * SIZE), total: rows.length, page: page, filtered: true };
    }
    const rows = body.content || body.items || body.deadlines || body.cases || [];
    const total = [body.totalElements, body.total, body.totalCount, body.count].find(n => typeof n === 'number');
    const number = [body.number, body.page, body.pageNumber].find(n => typeof n === 'number');
    return { rows: rows, total: total === undefined ? rows.length : total, page: number === undefined ? page : number, filtered: false };
  }

  async function load() {
    const message = byId('deadlines-message');
    let page;
    try {
      // the whole list is read once when the API does not page; a paging API is asked page by page
      const body = state.all && !state.paged ? state.all
        : await getJson(API + '/deadlines?page=' + state.page + '&size=' + SIZE);
      state.paged = !Array.isArray(body);
      page = pageOf(body, state.page);
    } catch (error) {
      byId('deadlines-table').replaceChildren();
      byId('pager').hidden = true;
      message.replaceChildren(error.status === 401
        ? el('span', null, '请先登录：', el('a', { href: './' }, '在监管看板登录'), '（账号与 Cockpit 相同）。')
        : (error.status === 403 ? REFUSAL : error.message));
      return;
    }
    const rows = state.overdueOnly && !page.filtered ? page.rows.filter(d => d.overdue) : page.rows;
    const overdue = (state.all || rows).filter(d => d.overdue).length;
    byId('deadlines-summary').textContent = '共 ' + page.total + ' 件' + (state.all ? '，其中已逾期 ' + overdue + ' 件' : '');
    message.textContent = rows.length ? '' : (state.overdueOnly ? '没有已逾期的案件。' : '没有在办案件的法定期限。');
    byId('deadlines-table').replaceChildren(rows.length === 0 ? '' : el('table', null,
      el('thead', null, el('tr', null, ['序号', '案号', '期限事项', '到期时间', '状态'].map(h => el('th', null, h)))),
      el('tbody', null, rows.map((d, i) => el('tr', { dataset: { caseNumber: d.caseNumber } },
        el('td', { className: 'number' }, page.page * SIZE + i + 1),
        el('td', null, d.caseNumber), el('td', null, d.deadlineName), el('td', null, dateTime(d.due)),
        el('td', null, status(d)))))));
    const pages = Math.max(1, Math.ceil(page.total / SIZE));
    byId('pager').hidden = pages <= 1;
    byId('page-info').textContent = '第 ' + (page.page + 1) + ' / ' + pages + ' 页';
    byId('page-previous').disabled = page.page <= 0;
    byId('page-next').disabled = page.page + 1 >= pages;
    document.body.dataset.loaded = String(page.total);
  }

  async function me() {
    try {
      const user = await getJson(API + '/me');
      byId('user-name').textContent = user.name;
      byId('user-name').dataset.userId = user.id;
    } catch (ignored) {
      // not logged in: load() says so
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    byId('page-previous').addEventListener('click', () => { state.page--; load(); });
    byId('page-next').addEventListener('click', () => { state.page++; load(); });
    byId('overdue-only').addEventListener('change', event => {
      state.overdueOnly = event.target.checked;
      state.page = 0;
      load();
    });
    me();
    load();
  });
})();
