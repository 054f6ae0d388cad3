// OneDoor: Cockpit dashboard plugin "流程模型" — whether the engine runs the repository's models or an
// administrator's edited versions (kept by releases, GET /api/system/status .modelDrift), with the
// export of the deployed models and the migration page for administrators (docs/editing-models.md).

function escapeHtml(value) {
  return String(value == null ? '' : value).replace(/[&<>"']/g, c => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
  })[c]);
}

export default {
  id: 'onedoor-model-drift',
  pluginPoint: 'cockpit.dashboard',
  priority: 25,
  render: node => {
    node.innerHTML = '<section class="onedoor-model-drift"><h3 class="section-title">流程模型</h3>'
      + '<p class="text-muted">正在读取模型状态…</p></section>';
    fetch('/api/system/status', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.ok ? response.json() : null)
      .then(status => {
        if (!status) {
          node.innerHTML = '';
          return;
        }
        const drift = status.modelDrift || [];
        const admin = '<p>管理员：<a class="btn btn-default btn-sm" href="/api/models/export">导出已部署模型（zip）</a> '
          + '<a class="btn btn-default btn-sm" href="/dashboard/migration.html">迁移运行中的案件</a></p>';
        node.querySelector('section').innerHTML = '<h3 class="section-title">流程模型</h3>'
          + (drift.length === 0
            ? '<p class="onedoor-models-in-sync">正在运行的模型与代码仓库一致。</p>'
            : '<div class="alert alert-warning onedoor-models-drift"><p>以下模型正在使用管理员部署的版本，发布时已保留、未被覆盖；'
              + '请导出后提交到代码仓库：</p><ul>'
              + drift.map(d => '<li data-model="' + escapeHtml(d.key) + '">' + escapeHtml(d.message) + '</li>').join('')
              + '</ul></div>')
          + admin;
      })
      .catch(() => { node.innerHTML = ''; });
  }
};
