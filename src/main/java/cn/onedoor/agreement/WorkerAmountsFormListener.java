package cn.onedoor.agreement;

import cn.onedoor.party.Amounts;
import cn.onedoor.party.CaseParties;
import cn.onedoor.party.CaseParty;
import cn.onedoor.process.CaseVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * On a new 制作调解协议书 of a case with more than one worker: prepares the form's list of each
 * worker's amount. The task-local {@code caseWorkers} holds the options of the rows' worker select
 * (label: the worker's name and own claim, value: the applicant's {@code case_party} seq), which only
 * those who may see the task read, as the list copies of {@code tasklist.CaseTaskListener}; the
 * list {@code workerAmounts} starts with one row per worker (the seq only, no name), so the mediator
 * types the amounts. What comes back is checked by {@link WorkerAmounts} whatever the door.
 */
@Component
class WorkerAmountsFormListener implements TaskListener {

  private final CaseParties parties;

  WorkerAmountsFormListener(CaseParties parties) {
    this.parties = parties;
  }

  @Override
  public void notify(DelegateTask task) {
    Object caseNumber = task.getVariable(CaseVariables.CASE_NUMBER);
    if (caseNumber == null) {
      return;
    }
    List<CaseParty> workers = parties.of(caseNumber.toString()).stream()
        .filter(p -> CaseParty.APPLICANT.equals(p.role())).toList();
    List<Map<String, Object>> options = new ArrayList<>();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CaseParty w : workers) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", w.name() + (w.claimAmount() == null ? "" : "（本人请求 " + Amounts.format(w.claimAmount()) + " 元）"));
      option.put("value", String.valueOf(w.seq()));
      options.add(option);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(WorkerAmounts.WORKER, String.valueOf(w.seq()));
      rows.add(row);
    }
    task.setVariableLocal(CaseVariables.CASE_WORKERS, SpinValues.jsonValue(Spin.JSON(options)).create());
    if (workers.size() > 1 && task.getVariable(CaseVariables.WORKER_AMOUNTS) == null) {
      task.setVariable(CaseVariables.WORKER_AMOUNTS, SpinValues.jsonValue(Spin.JSON(rows)).create());
    }
  }
}
