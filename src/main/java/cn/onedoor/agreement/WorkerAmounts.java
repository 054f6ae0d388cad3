package cn.onedoor.agreement;

import cn.onedoor.party.Amounts;
import cn.onedoor.party.CaseParty;
import cn.onedoor.party.JsonValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each worker of a case is paid under the mediation agreement (draft-agreement's dynamic list
 * {@code workerAmounts}: rows of {@code worker}, the applicant's {@code case_party} seq, and
 * {@code amount} in yuan). The rule, whichever door the completion comes through: every amount is
 * yuan with at most two decimals and not negative; each worker of the case appears exactly once, and
 * no one else; the amounts add up to the agreed amount (or, where none is given, make it); an amount
 * above the worker's own claim needs the form's confirmation box. A case of one worker may leave the
 * list out: the single agreed amount is that worker's.
 */
public final class WorkerAmounts {

  /** One worker's share: the applicant's seq in {@code case_party} and the amount. */
  public record Share(int worker, BigDecimal amount) {}

  /** A refused field ({@code workerAmounts[2].amount}, {@code agreedAmount}) with its Chinese message and the English reason for logs. */
  public record Refusal(String field, String message, String reason) {}

  /** The checked shares with the total they make, or the refusals. */
  public record Result(List<Share> shares, BigDecimal total, List<Refusal> refusals) {
    public boolean accepted() {
      return refusals.isEmpty();
    }
  }

  public static final String FIELD = "workerAmounts";
  public static final String WORKER = "worker";
  public static final String AMOUNT = "amount";
  private static final Set<String> ROW_KEYS = Set.of(WORKER, AMOUNT);

  private WorkerAmounts() {}

  /**
   * Checks the submitted list against the case's applicants.
   *
   * @param submitted the list as the engine holds it (Json from Tasklist, a Java list), or null
   * @param agreedAmount the agreed amount submitted with it, or null
   * @param aboveClaimConfirmed the form's box 约定金额高于请求金额，已与双方核实
   * @param parties the case's parties (its applicants are taken in seq order)
   */
  public static Result check(Object submitted, BigDecimal agreedAmount, boolean aboveClaimConfirmed, List<CaseParty> parties) {
    List<CaseParty> workers = parties.stream().filter(p -> CaseParty.APPLICANT.equals(p.role())).toList();
    List<Refusal> refusals = new ArrayList<>();
    Object plain = JsonValues.plain(submitted);
    boolean absent = plain == null || (plain instanceof String s && s.isBlank()) || (plain instanceof List<?> l && l.isEmpty());
    if (absent) {
      if (workers.size() > 1) {
        refusals.add(new Refusal(FIELD, "本案有 " + workers.size() + " 名劳动者，请逐人填写各劳动者的协议金额",
            "several workers, no amount per worker"));
        return new Result(List.of(), null, refusals);
      }
      List<Share> single = workers.isEmpty() || agreedAmount == null ? List.of() : List.of(new Share(workers.get(0).seq(), agreedAmount));
      return new Result(single, agreedAmount, refusals);
    }
    if (!(plain instanceof List<?> rows)) {
      refusals.add(new Refusal(FIELD, "各劳动者协议金额：应为列表", "not a list"));
      return new Result(List.of(), null, refusals);
    }
    if (rows.size() > workers.size()) {
      refusals.add(new Refusal(FIELD, "各劳动者协议金额：共 " + rows.size() + " 行，多于本案劳动者人数（" + workers.size() + " 人）",
          "more rows than workers"));
      return new Result(List.of(), null, refusals);
    }
    Map<Integer, CaseParty> bySeq = new LinkedHashMap<>();
    workers.forEach(w -> bySeq.put(w.seq(), w));
    Set<Integer> seen = new HashSet<>();
    List<Share> shares = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < rows.size(); i++) {
      String path = FIELD + "[" + i + "]";
      String row = "各劳动者协议金额第" + (i + 1) + "行";
      if (!(rows.get(i) instanceof Map<?, ?> cells)) {
        refusals.add(new Refusal(path, row + "：应为一组字段", "a row is not an object"));
        continue;
      }
      for (Object key : cells.keySet()) {
        if (!ROW_KEYS.contains(String.valueOf(key))) {
          refusals.add(new Refusal(path + "." + key, row + "：不是本表单的字段，不能提交", "unknown key in a row"));
        }
      }
      Integer seq = seq(cells.get(WORKER));
      CaseParty worker = seq == null ? null : bySeq.get(seq);
      if (worker == null) {
        refusals.add(new Refusal(path + "." + WORKER, row + "：劳动者不是本案的申请人", "not a worker of this case"));
      } else if (!seen.add(seq)) {
        refusals.add(new Refusal(path + "." + WORKER, row + "：劳动者" + worker.name() + "重复填写", "a worker twice"));
        worker = null;
      }
      Object rawAmount = cells.get(AMOUNT);
      BigDecimal amount = rawAmount instanceof String text ? Amounts.parse(text)
          : rawAmount instanceof Number n ? Amounts.parse(new BigDecimal(n.toString()).stripTrailingZeros().toPlainString()) : null;
      if (amount == null) {
        refusals.add(new Refusal(path + "." + AMOUNT, row + "：金额无效：以元为单位，不得为负数，最多两位小数", "not an amount"));
        continue;
      }
      if (worker == null) {
        continue;
      }
      if (worker.claimAmount() != null && amount.compareTo(worker.claimAmount()) > 0 && !aboveClaimConfirmed) {
        refusals.add(new Refusal(path + "." + AMOUNT, row + "：" + worker.name() + "的协议金额 " + Amounts.format(amount)
            + " 元高于其本人请求金额 " + Amounts.format(worker.claimAmount())
            + " 元：确属双方约定的，请勾选“约定金额高于请求金额，已与双方核实”", "above the worker's own claim, unconfirmed"));
      }
      shares.add(new Share(seq, amount));
      total = total.add(amount);
    }
    if (refusals.isEmpty()) {
      List<String> missing = workers.stream().filter(w -> !seen.contains(w.seq())).map(CaseParty::name).toList();
      if (!missing.isEmpty()) {
        refusals.add(new Refusal(FIELD, "各劳动者协议金额：未填写 " + abbreviated(missing) + " 的金额（本案每名劳动者须填写一次）",
            "workers missing"));
      } else if (agreedAmount != null && agreedAmount.compareTo(total) != 0) {
        refusals.add(new Refusal("agreedAmount", "协议金额 " + Amounts.format(agreedAmount) + " 元与各劳动者协议金额合计 "
            + Amounts.format(total) + " 元不一致", "total mismatch"));
      }
    }
    shares.sort(java.util.Comparator.comparingInt(Share::worker));
    return new Result(refusals.isEmpty() ? List.copyOf(shares) : List.of(), total, refusals);
  }

  /** The applicant seq of a row: the select submits it as text ("2"), a Java client may send a number. */
  private static Integer seq(Object value) {
    String text = value instanceof Number n ? n.toString() : value instanceof String s ? s.trim() : null;
    if (text == null || !text.matches("[1-9][0-9]{0,5}")) {
      return null;
    }
    return Integer.valueOf(text);
  }

  private static String abbreviated(List<String> names) {
    return names.size() <= 5 ? String.join("、", names) : String.join("、", names.subList(0, 5)) + "等 " + names.size() + " 人";
  }
}
