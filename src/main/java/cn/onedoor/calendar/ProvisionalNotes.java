package cn.onedoor.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** What users and administrators read about provisional holidays and a schedule that is due (zh-CN). */
public final class ProvisionalNotes {

  private ProvisionalNotes() {
  }

  /** For a period that touched provisional years. */
  public static String periodNote(List<Integer> years) {
    return "暂定：" + join(years) + "年的节假日安排尚未公布，暂按《全国年节及纪念日放假办法》规定的法定节日计算"
        + "（未含补假和调休），公布后须重新核对期限。";
  }

  /** For the administrator, from 1 November: next year's schedule is due. */
  public static String scheduleDue(int year) {
    return year + "年节假日安排应已由国务院办公厅公布（通常在11月），请管理员尽快导入 cn-" + year + ".json 并重启；"
        + "导入前" + year + "年的期限暂按法定节日计算。";
  }

  private static String join(List<Integer> years) {
    return years.stream().map(String::valueOf).collect(Collectors.joining("、"));
  }
}
