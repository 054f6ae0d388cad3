// OneDoor: Cockpit dashboard plugin "近期结案" — the latest closed cases with their outcome, read
// from OneDoor's case register (GET /api/cases/closed, the supervisor's own login session).
// Cockpit Community shows running process instances only; this is where a supervisor sees how
// a case ended.

const OUTCOME_STYLE = {
  settled: 'success', settled_after_deferred_performance: 'success', award_received: 'info',
  payment_order: 'warning', referred_to_court: 'warning', referred_to_arbitration: 'warning',
  not_accepted: 'default', withdrawn: 'default'
};

function escapeHtml(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  })[c]);
}

export default {
  id: 'onedoor-closed-cases',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: node => {
    node.innerHTML = '<div class="onedoor-calendar-warning"></div>'
      + '<section class="onedoor-closed-cases"><h3 class="section-title">近期结案</h3>'
      + '<p class="text-muted">正在读取案件登记簿…</p></section>';
    // statutory deadlines reaching into a year without holiday data count weekends only: say so
    fetch('/api/system/status', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : null)
      .then(status => {
        if (status && status.calendarMissingYears && status.calendarMissingYears.length) {
          node.querySelector('.onedoor-calendar-warning').innerHTML = '<div class="alert alert-warning">'
            + '节假日数据缺少 ' + status.calendarMissingYears.map(escapeHtml).join('、') + ' 年：涉及该年份的法定期限只按周末计算，'
            + '请管理员将国务院办公厅当年放假安排录入 config/calendar/ 并重启。</div>';
        }
      })
      .catch(() => {});
    fetch('/api/cases/closed?limit=20', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => {
        if (!response.ok) {
          throw new Error(response.status === 403 ? '您的角色无权查看结案情况。' : '读取失败（HTTP ' + response.status + '）。');
        }
        return response.json();
      })
      .then(cases => {
        const rows = cases.map(c => '<tr>'
          + '<td>' + escapeHtml(c.caseNumber) + '</td>'
          + '<td>' + escapeHtml(c.applicantName) + '</td>'
          + '<td>' + escapeHtml(c.employerName) + '</td>'
          + '<td><span class="label label-' + (OUTCOME_STYLE[c.outcome] || 'default') + '" data-outcome="' + escapeHtml(c.outcome) + '">'
          + escapeHtml(c.outcomeLabel) + '</span></td>'
          + '<td>' + escapeHtml(c.receivedOn) + '</td>'
          + '<td>' + escapeHtml(c.closedOn) + '</td></tr>').join('');
        node.querySelector('section').innerHTML = '<h3 class="section-title">近期结案</h3>'
          + (cases.length === 0 ? '<p class="text-muted">暂无结案案件。</p>'
            : '<table class="table table-condensed cam-table"><thead><tr><th>案号</th><th>申请人</th><th>被申请人</th>'
              + '<th>结案方式</th><th>收到申请日期</th><th>结案日期</th></tr></thead><tbody>' + rows + '</tbody></table>');
      })
      .catch(error => {
        node.querySelector('section').innerHTML = '<h3 class="section-title">近期结案</h3><p class="text-danger">'
          + escapeHtml(error.message) + '</p>';
      });
  }
};
