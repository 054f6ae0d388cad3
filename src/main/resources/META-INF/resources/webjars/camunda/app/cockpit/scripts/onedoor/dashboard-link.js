// OneDoor: Cockpit dashboard plugin "监管看板" — a link from Cockpit's dashboard to the supervisor
// dashboard (/dashboard/: KPIs with charts, deadlines, incidents, collective disputes, exports).
// Both share the Cockpit login session, so the supervisor does not log in again.

export default {
  id: 'onedoor-dashboard-link',
  pluginPoint: 'cockpit.dashboard',
  priority: 30,
  render: node => {
    node.innerHTML = '<section class="onedoor-dashboard-link">'
      + '<h3 class="section-title">监管看板</h3>'
      + '<p>中心工作指标（受理、调解成功率、挽回经济损失）及图表、法定期限预警、流程事件、集体争议，可导出 CSV 和 Excel：'
      + ' <a class="btn btn-default btn-sm" href="/dashboard/">打开监管看板</a>'
      + ' <a class="btn btn-default btn-sm" href="/dashboard/deadlines.html">法定期限一览</a></p>'
      + '</section>';
  }
};
