package dev.parzen.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPageTests {

  private static ReportData data(String name) {
    return new ReportData(
        name,
        true,
        3,
        "minimize",
        "random",
        1,
        10,
        1,
        "serial",
        "t",
        "t",
        0.0,
        null,
        0,
        0,
        List.of(),
        List.of(),
        null,
        List.of());
  }

  @Test
  void thePageLoadsNothingFromElsewhere() {
    String markup =
        ReportPage.render(data("Xgb.logLoss"))
            .replaceAll("(?s)<script([^>]*)>.*?</script>", "<script$1></script>");

    assertThat(markup).doesNotContainPattern("(?i)\\s(src|href)\\s*=");
    assertThat(markup).doesNotContainPattern("(?i)@import|url\\(");
  }

  @Test
  void echartsIsInlined() {
    String html = ReportPage.render(data("Xgb.logLoss"));

    assertThat(html).contains("Licensed to the Apache Software Foundation").contains("echarts");
    assertThat(html.length()).isGreaterThan(500_000);
  }

  @Test
  void everySlotOfTheTemplateIsFilled() {
    assertThat(ReportPage.render(data("Xgb.logLoss"))).doesNotContain("{{");
  }

  @Test
  void theTuningNameIsTextInTheTitle() {
    String html = ReportPage.render(data("A<b>&\"c\""));

    assertThat(html).contains("<title>A&lt;b&gt;&amp;&quot;c&quot; · Parzen report</title>");
    assertThat(html).doesNotContain("A<b>");
  }

  @Test
  void aClosingScriptTagInsideInlinedCodeIsDefused() {
    assertThat(Html.scriptText("var s = '</script>'; var t = '</SCRIPT>';"))
        .isEqualTo("var s = '<\\/script>'; var t = '<\\/SCRIPT>';");
  }
}
