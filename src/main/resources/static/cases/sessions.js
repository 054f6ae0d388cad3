// OneDoor: 调解会议日程. Reads /api/sessions?from=&to=&room=&mediator= with the Tasklist login session
// (GET only) and lays a week out per room and per mediator. Server text goes in as text, never as HTML.
'use strict';

(function () {
  const API = '../api';
  const WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

  function isoDay(date) {
    const local = new Date(date.getTime() - date.getTimezoneOffset() * 60000);
    return local.toISOString().slice(0, 10);
  }

  function addDays(day, n) {
    const d = new Date(day + 'T00:00:00');
    d.setDate(d.getDate() + n);
    return isoDay(d);
  }

  function monday(day) {
    const d = new Date(day + 'T00:00:00');
    const offset = (d.getDay() + 6) % 7;
    d.setDate(d.getDate() - offset);
    return isoDay(d);
  }

  function text(tag, value, className) {
    const element = document.createElement(tag);
    element.textContent = value == null ? '' : String(value);
    if (className) {
      element.className = className;
    }
    return element;
  }

  function entry(s, showRoom) {
    const div = text('div', '', s.caseNumber ? '' : 'taken');
    const time = s.start.slice(11, 16) + '–' + s.end.slice(11, 16);
    const where = showRoom ? (s.room || '云调解') : (s.mediatorName || '');
    div.textContent = time + ' ' + (s.caseNumber || '已占用') + (where ? '（' + where + '）' : '');
    return div;
  }

  function layout(table, resources, days, sessions, keyOf, showRoom) {
    table.replaceChildren();
    const head = document.createElement('tr');
    head.appendChild(text('th', showRoom ? '调解员' : '调解室', 'resource'));
    days.forEach((day, i) => head.appendChild(text('th', WEEKDAYS[i] + ' ' + day.slice(5))));
    table.appendChild(head);
    for (const resource of resources) {
      const row = document.createElement('tr');
      row.appendChild(text('th', resource.label, 'resource'));
      for (const day of days) {
        const cell = text('td', '', 'session');
        sessions.filter(s => keyOf(s) === resource.key && s.start.slice(0, 10) === day)
          .forEach(s => cell.appendChild(entry(s, showRoom)));
        row.appendChild(cell);
      }
      table.appendChild(row);
    }
  }

  async function load() {
    const from = monday(document.getElementById('from').value || isoDay(new Date()));
    document.getElementById('from').value = from;
    const to = addDays(from, 6);
    const params = new URLSearchParams({ from, to });
    const room = document.getElementById('room').value;
    const mediator = document.getElementById('mediator').value.trim();
    if (room) {
      params.set('room', room);
    }
    if (mediator) {
      params.set('mediator', mediator);
    }
    const response = await fetch(API + '/sessions?' + params, {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
    });
    const message = document.getElementById('message');
    if (response.status === 401) {
      message.textContent = '请先登录 Tasklist。';
      return;
    }
    let body = null;
    try {
      body = await response.json();
    } catch (ignored) {
      // not JSON: the status line below
    }
    if (!response.ok) {
      message.textContent = body && body.message ? body.message : '日程读取失败（HTTP ' + response.status + '）';
      return;
    }
    const select = document.getElementById('room');
    if (select.options.length === 1) {
      body.rooms.forEach(name => select.appendChild(text('option', name)));
    }
    const days = [0, 1, 2, 3, 4, 5, 6].map(n => addDays(from, n));
    const rooms = body.rooms.filter(name => !room || name === room).map(name => ({ key: name, label: name }));
    if (!room) {
      rooms.push({ key: null, label: '云调解（不占用调解室）' });
    }
    layout(document.getElementById('by-room'), rooms, days, body.sessions, s => s.room, false);
    const mediators = [...new Map(body.sessions.filter(s => s.mediator)
      .map(s => [s.mediator, { key: s.mediator, label: s.mediatorName || s.mediator }])).values()];
    layout(document.getElementById('by-mediator'), mediators, days, body.sessions, s => s.mediator, true);
    message.textContent = body.sessions.length ? '本周共 ' + body.sessions.length + ' 场调解会议。' : '本周没有已安排的调解会议。';
  }

  document.getElementById('week-form').addEventListener('submit', event => {
    event.preventDefault();
    load();
  });
  document.getElementById('previous').addEventListener('click', () => {
    document.getElementById('from').value = addDays(monday(document.getElementById('from').value || isoDay(new Date())), -7);
    load();
  });
  document.getElementById('next').addEventListener('click', () => {
    document.getElementById('from').value = addDays(monday(document.getElementById('from').value || isoDay(new Date())), 7);
    load();
  });
  const initial = new URLSearchParams(location.search).get('from');
  document.getElementById('from').value = initial && /^\d{4}-\d{2}-\d{2}$/.test(initial) ? initial : isoDay(new Date());
  load();
})();
