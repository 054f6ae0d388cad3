// OneDoor: 查找案件 / 我的案件 (each case number opens its 案件卷宗, file.html). Reads /api/cases/search?q= and /api/my-cases with the Tasklist
// login session (GET only, so no CSRF token is needed). Server text goes in as text, never as HTML.
'use strict';

(function () {
  const API = '../api';

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text == null ? '' : String(text);
    return td;
  }

  function show(cases, empty) {
    const body = document.getElementById('results');
    body.replaceChildren();
    for (const c of cases) {
      const row = document.createElement('tr');
      const number = cell('');
      const file = document.createElement('a');
      file.href = 'file.html?case=' + encodeURIComponent(c.caseNumber); // 案件卷宗
      file.className = 'case-file-link';
      file.textContent = c.caseNumber;
      number.appendChild(file);
      row.appendChild(number);
      [c.applicantName, c.applicantIdMasked, c.employerName, c.statusLabel, c.mediationDeadline]
        .forEach(value => row.appendChild(cell(value)));
      // 承办人 by name (王芳); the login stays in data-user-id
      const mediator = cell(c.mediatorId ? (c.mediatorName || c.mediatorId) : '未确定');
      if (c.mediatorId) {
        mediator.dataset.userId = c.mediatorId;
        mediator.title = '登录名：' + c.mediatorId;
      }
      row.appendChild(mediator);
      body.appendChild(row);
    }
    document.getElementById('message').textContent = cases.length ? '' : empty;
  }

  const MY_CASES_PAGE = 50;
  let myCasesPage = 0;

  // 我的案件 comes a page at a time ({items, page, size, total}); the search answers at most 50 in a plain list
  function pager(page) {
    const nav = document.getElementById('pager');
    if (!page || page.total <= page.size) {
      nav.hidden = true;
      return;
    }
    const pages = Math.ceil(page.total / page.size);
    nav.hidden = false;
    document.getElementById('page-note').textContent = '共 ' + page.total + ' 件，第 ' + (page.page + 1) + ' / ' + pages + ' 页';
    document.getElementById('previous-page').disabled = page.page === 0;
    document.getElementById('next-page').disabled = page.page + 1 >= pages;
  }

  function loadMyCases(page) {
    myCasesPage = page;
    load('/my-cases?page=' + page + '&size=' + MY_CASES_PAGE, '我的案件（我承办的未结案件）', '您目前没有承办中的案件。');
  }

  async function load(path, title, empty) {
    pager(null);
    document.getElementById('results-title').textContent = title;
    const response = await fetch(API + path, {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    if (response.status === 401) {
      show([], '请先登录 Tasklist。');
      return;
    }
    let body = null;
    try {
      body = await response.json();
    } catch (ignored) {
      // not JSON: the status line below
    }
    if (!response.ok) {
      show([], body && body.message ? body.message : '查找失败（HTTP ' + response.status + '）');
      return;
    }
    if (Array.isArray(body)) {
      show(body, empty);
    } else {
      show(body.items, empty);
      pager(body);
    }
  }

  document.getElementById('search-form').addEventListener('submit', event => {
    event.preventDefault();
    const q = document.getElementById('q').value.trim();
    if (q) {
      load('/cases/search?q=' + encodeURIComponent(q), '查找结果：' + q, '未找到您有权查看的案件。');
    }
  });
  document.getElementById('previous-page').addEventListener('click', () => loadMyCases(Math.max(0, myCasesPage - 1)));
  document.getElementById('next-page').addEventListener('click', () => loadMyCases(myCasesPage + 1));
  loadMyCases(0);
})();
