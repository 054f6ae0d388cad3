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
    node.innerHTML = '<section class="onedoor-closed-cases"><h3 class="section-title">近期结案</h3>'
      + '<p class="text-muted">正在读取案件登记簿…</p></section>';
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
          + escapeHtml(c.outcomeLabel) + '</span> <code>' + escapeHtml(c.outcome) + '</code></td>'
          + '<td>' + escapeHtml(c.receivedOn) + '</td>'
          + '<td>' + escapeHtml(c.closedOn) + '</td></tr>').join('');
        node.querySelector('section').innerHTML = '<h3 class="section-title">近期结案</h3>'
          + (cases.length === 0 ? '<p class="text-muted">暂无结案案件。</p>'
            : '<table class="table table-condensed cam-table"><thead><tr><th>案号</th><th>申请人</th><th>被申请人</th>'
              + '<th>结案方式（outcome）</th><th>收到申请日期</th><th>结案日期</th></tr></thead><tbody>' + rows + '</tbody></table>');
      })
      .catch(error => {
        node.querySelector('section').innerHTML = '<h3 class="section-title">近期结案</h3><p class="text-danger">'
          + escapeHtml(error.message) + '</p>';
      });
  }
};
