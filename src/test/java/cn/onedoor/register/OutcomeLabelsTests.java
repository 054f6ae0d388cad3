package cn.onedoor.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every outcome reads in Chinese wherever it is shown (Cockpit's 近期结案, the timeline), a code never. */
class OutcomeLabelsTests {

  @Test
  void everyOutcomeHasChineseWordsAndAnUnknownCodeIsNotShownAsItIs() {
    for (Outcome outcome : Outcome.values()) {
      assertThat(Outcome.labelOf(outcome.code())).as(outcome.code()).isEqualTo(outcome.label()).doesNotContainPattern("[A-Za-z_]");
    }
    assertThat(Outcome.labelOf("settled_after_deferred_performance")).isEqualTo("调解结案，按期履行");
    assertThat(Outcome.labelOf("partly_performed_in_a_later_release")).isEqualTo("其他方式结案");
    assertThat(Outcome.labelOf(null)).isEqualTo("结案");
  }

  @Test
  void cockpitsClosedCasesShowTheServersWordsNotTheCode() throws IOException {
    String plugin = Files.readString(Path.of(
        "src/main/resources/META-INF/resources/webjars/camunda/app/cockpit/scripts/onedoor/closed-cases.js"));
    // the code only in an attribute (data-outcome) and as a style key; the text is outcomeLabel
    assertThat(plugin).contains("escapeHtml(c.outcomeLabel)").doesNotContain("escapeHtml(c.outcome) + '</");
  }
}
