package cn.onedoor.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.junit.jupiter.api.Test;

/** The form contracts as the engine guard reads them from forms/, and the command fields it reads. No engine. */
class FormContractTests {

  @Test
  void everyFormOfTheRepositoryParsesAndHasFields() throws IOException {
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      List<Path> files = forms.filter(p -> p.toString().endsWith(".form")).toList();
      assertThat(files).hasSizeGreaterThanOrEqualTo(12);
      for (Path file : files) {
        assertThat(read(file.getFileName().toString()).fields()).as(file.toString()).isNotEmpty();
      }
    }
  }

  @Test
  void recordSessionRefusesUnknownFieldsOverlongNotesAndForeignOptions() throws IOException {
    FormContract form = read("record-session.form");
    assertThat(fields(form.check(Map.of("sessionNotes", "双方同意延期", "sessionResult", "withdrawn", "caseNumber", "X"), Map.of())))
        .containsExactly("caseNumber");
    assertThat(fields(form.check(Map.of("sessionNotes", "调".repeat(4001), "sessionResult", "agreement"), Map.of())))
        .containsExactly("sessionNotes");
    assertThat(form.check(Map.of("sessionNotes", "调".repeat(4000), "sessionResult", "agreement"), Map.of())).isEmpty();
    assertThat(fields(form.check(Map.of("sessionNotes", "双方同意延期", "sessionResult", "bogus"), Map.of())))
        .containsExactly("sessionResult");
    assertThat(fields(form.check(Map.of("sessionNotes", 42L, "sessionResult", "agreement"), Map.of())))
        .containsExactly("sessionNotes");
  }

  /** draft-agreement's checklist agreementPays: Camunda Forms submit it as a Json list, a Java client as a List. */
  @Test
  void aChecklistTakesAListWhoseItemsAreAllOptions() throws IOException {
    FormContract form = read("draft-agreement.form");
    Map<String, Object> agreement = new HashMap<>(Map.of("agreedAmount", "12000.00", "agreementItems", "被申请人支付经济补偿12000元",
        "performanceMode", "on_the_spot", "confirmationType", "none"));
    agreement.put("agreementPays", List.of("economic_compensation", "other"));
    assertThat(form.check(agreement, agreement)).isEmpty();
    agreement.put("agreementPays", org.camunda.spin.Spin.JSON("[\"labour_remuneration\",\"damages\"]"));
    assertThat(form.check(agreement, agreement)).isEmpty();

    agreement.put("agreementPays", List.of("economic_compensation", "bonus"));
    assertThat(form.check(agreement, agreement)).extracting(FormContract.Violation::message).containsExactly("协议给付事项：选项无效（bonus）");
    agreement.put("agreementPays", org.camunda.spin.Spin.JSON("[\"damages\",{\"value\":\"damages\"}]"));
    assertThat(fields(form.check(agreement, agreement))).containsExactly("agreementPays");
    agreement.put("agreementPays", "labour_remuneration");
    assertThat(form.check(agreement, agreement)).extracting(FormContract.Violation::message).containsExactly("协议给付事项：应为选项列表");
    agreement.put("agreementPays", List.of("damages", "damages"));
    assertThat(fields(form.check(agreement, agreement))).containsExactly("agreementPays");
    agreement.put("agreementPays", List.of());
    assertThat(form.check(agreement, agreement)).extracting(FormContract.Violation::message).containsExactly("协议给付事项：必填");
    agreement.remove("agreementPays");
    assertThat(form.check(agreement, agreement)).extracting(FormContract.Violation::message).containsExactly("协议给付事项：必填");
  }

  @Test
  void hiddenFieldsAreNotRequiredAndMayNotBeSubmitted() throws IOException {
    FormContract form = read("record-session.form");
    Map<String, Object> agreement = Map.of("sessionNotes", "双方达成一致意见", "sessionResult", "agreement");
    assertThat(form.check(agreement, agreement)).isEmpty();
    Map<String, Object> extension = Map.of("sessionNotes", "双方同意延期", "sessionResult", "extension_agreed");
    assertThat(fields(form.check(extension, extension))).containsExactlyInAnyOrder("extendedDeadline", "extensionConsentRecorded");
    Map<String, Object> smuggled = new HashMap<>(agreement);
    smuggled.put("extendedDeadline", "2027-06-30");
    assertThat(fields(form.check(smuggled, smuggled))).containsExactly("extendedDeadline");
  }

  @Test
  void groupConditionsHideTheirFields() throws IOException {
    FormContract form = read("give-consultation.form");
    Map<String, Object> adviceOnly = Map.of("advice", "可先申请调解", "consultationResult", "advice_only");
    assertThat(form.check(adviceOnly, adviceOnly)).isEmpty();
    Map<String, Object> asCase = Map.of("advice", "可先申请调解", "consultationResult", "register_case");
    assertThat(fields(form.check(asCase, asCase))).contains("applicantName", "applicantIdNumber", "employerName");
  }

  @Test
  void checkboxesNumbersAndDatesKeepTheirTypes() throws IOException {
    FormContract start = read("register-case.form");
    Map<String, Object> values = new HashMap<>(Map.of("channel", "window", "applicantName", "赵小红",
        "applicantIdNumber", "110101199003078515", "applicantPhone", "13800138000", "employerName", "吉安市某某制衣有限公司",
        "employerCreditCode", "91360802MA35L0JX7X", "disputeType", "wages", "claimAmount", "12800.00",
        "claimDescription", "拖欠2026年8月至10月工资", "workerCount", 1L));
    values.put("knownDate", "2026-08-31");
    values.put("applicationReadBack", true);
    assertThat(start.check(values, values)).isEmpty();
    values.put("applicationReadBack", false);
    values.put("workerCount", 0L);
    values.put("knownDate", "31/08/2026");
    assertThat(fields(start.check(values, values))).containsExactlyInAnyOrder("applicationReadBack", "workerCount", "knownDate");
    values.put("applicationReadBack", "yes");
    values.put("workerCount", "many");
    values.put("knownDate", "2026-08-31");
    values.put("claimAmount", "999999999999999.99");
    assertThat(fields(start.check(values, values))).containsExactlyInAnyOrder("applicationReadBack", "workerCount", "claimAmount");
  }

  @Test
  void theGuardFindsTheFieldsItReadsOnCamundasCommands() {
    Map<String, Object> variables = new HashMap<>(Map.of("a", 1));
    assertThat((Object) EngineCommandGuard.field(new CompleteTaskCmd("t", variables), "taskId")).isEqualTo("t");
    assertThat((Object) EngineCommandGuard.field(new CompleteTaskCmd("t", variables), "variables")).isSameAs(variables);
    assertThat((Object) EngineCommandGuard.field(new ResolveTaskCmd("t", variables), "variables")).isSameAs(variables);
    Map<String, Object> properties = EngineCommandGuard.field(new SubmitTaskFormCmd("t", variables, false, false), "properties");
    assertThat(properties).containsEntry("a", 1);
    SubmitStartFormCmd start = new SubmitStartFormCmd("definition", "key", variables);
    assertThat((Object) EngineCommandGuard.field(start, "processDefinitionId")).isEqualTo("definition");
    assertThat((Object) EngineCommandGuard.field(start, "businessKey")).isEqualTo("key");
    Map<String, Object> startVariables = EngineCommandGuard.field(start, "variables");
    assertThat(startVariables).containsEntry("a", 1);
    ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) ProcessInstantiationBuilderImpl
        .createProcessInstanceByKey(null, "LaborDisputeCase");
    assertThat((Object) EngineCommandGuard.field(new StartProcessInstanceCmd(builder), "instantiationBuilder")).isSameAs(builder);
  }

  /**
   * A start form with further applicants as a dynamic list (the form of src/test/resources/integrity/, kept
   * out of forms/ until Tasklist 7.24 submits such a list: docs/case-process.md "Parties"): its rows are
   * checked field by field, named path[i].key.
   */
  @Test
  void aDynamicListChecksEachRowAndNamesTheRowsField() throws IOException {
    FormContract form = FormContract.parse(Files.newInputStream(Path.of("src/test/resources/integrity/register-case-with-co-applicants.form")));
    assertThat(form.accepts("coApplicants")).isTrue();
    assertThat(form.accepts("idNumber")).as("a row's field is not a field of the form").isFalse();
    Map<String, Object> application = new HashMap<>(Map.of("channel", "window", "applicantName", "欧阳晓",
        "applicantIdNumber", "360802198512120028", "applicantPhone", "13912345678", "employerName", "吉安市某某电子有限公司",
        "employerCreditCode", "91360821MA38ABCD13", "disputeType", "wages", "workerCount", 2L));
    application.putAll(Map.of("claimAmount", "12800", "claimDescription", "拖欠2026年8月至10月工资", "knownDate", "2026-11-01"));
    application.put("applicationReadBack", true);
    application.put("coApplicants", org.camunda.spin.Spin.JSON(
        "[{\"name\":\"李四\",\"idNumber\":\"360802199001010011\",\"phone\":\"\",\"representative\":true}]"));
    assertThat(form.check(application, application)).isEmpty();

    application.put("coApplicants", List.of(Map.of("name", "李四", "idNumber", "360802199001010011"),
        Map.of("name", "王五", "idNumber", "12345", "phone", "139"), Map.of("idNumber", "360802199001010011", "bonus", "x")));
    assertThat(form.check(application, application)).extracting(FormContract.Violation::field).containsExactly(
        "coApplicants[1].idNumber", "coApplicants[1].phone", "coApplicants[2].bonus", "coApplicants[2].name");
    assertThat(form.check(application, application).get(0).message()).isEqualTo("其他申请人第2行：居民身份证号码：格式不正确");

    application.put("coApplicants", java.util.Collections.nCopies(1000, Map.of("name", "李四", "idNumber", "360802199001010011")));
    assertThat(form.check(application, application)).extracting(FormContract.Violation::message)
        .containsExactly("其他申请人：最多 999 行（现为 1000 行）");
    application.put("coApplicants", "李四");
    assertThat(form.check(application, application)).extracting(FormContract.Violation::message).containsExactly("其他申请人：应为列表");
    application.put("coApplicants", List.of("李四"));
    assertThat(fields(form.check(application, application))).containsExactly("coApplicants[0]");
    application.put("coApplicants", List.of());
    assertThat(form.check(application, application)).isEmpty();
  }

  private static List<String> fields(List<FormContract.Violation> violations) {
    return violations.stream().map(FormContract.Violation::field).toList();
  }

  private static FormContract read(String file) throws IOException {
    InputStream in = Files.newInputStream(Path.of("forms", file));
    return FormContract.parse(in);
  }
}
