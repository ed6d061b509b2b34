package dev.parzen.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTests {

  private static final String HOSTILE = "</script><img src=x onerror=alert(1)> & 'quotes' \u2028";

  private static ReportData dataWith(String text) {
    ReportData.Row row =
        new ReportData.Row(0, "FAILED", null, null, 1.0, "t", Map.of("kind", text), text, text);
    return new ReportData(
        text,
        false,
        0,
        "minimize",
        "random",
        1,
        1,
        1,
        "serial",
        "t",
        "t",
        1.0,
        "done",
        0,
        0,
        List.of(),
        List.of(row),
        null,
        List.of());
  }

  @Test
  void markupInValuesCannotEndTheScriptElementOrStartATag() {
    String json = ReportJson.write(dataWith(HOSTILE));

    assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028");
  }

  @Test
  void escapedValuesReadBackUnchanged() throws Exception {
    JsonNode read = new ObjectMapper().readTree(ReportJson.write(dataWith(HOSTILE)));

    assertThat(read.get("name").asText()).isEqualTo(HOSTILE);
    assertThat(read.at("/trials/0/values/kind").asText()).isEqualTo(HOSTILE);
    assertThat(read.at("/trials/0/error").asText()).isEqualTo(HOSTILE);
  }

  @Test
  void missingNumbersAreNullNotNaN() {
    String json = ReportJson.write(dataWith("x"));

    assertThat(json).contains("\"loss\":null", "\"best\":null").doesNotContain("NaN");
  }
}
