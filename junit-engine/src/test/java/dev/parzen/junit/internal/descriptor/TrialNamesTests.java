package dev.parzen.junit.internal.descriptor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrialNamesTests {

  enum Booster {
    DART
  }

  @Test
  void aTrialIsNamedAfterItsNumberAndParametersInSpaceOrder() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("maxDepth", 4L);
    values.put("eta", 0.0312345);
    values.put("booster", Booster.DART);
    assertThat(TrialNames.display(7, Assignment.of(values)))
        .isEqualTo("#7 maxDepth=4, eta=0.0312, booster=DART");
  }

  @Test
  void theLegacyNameIsTheMethodWithTheTrialNumberInBrackets() {
    assertThat(TrialNames.legacy("logLoss(XgbParams)", 7)).isEqualTo("logLoss(XgbParams)[7]");
  }

  @ParameterizedTest
  @CsvSource({
    "0.031, 0.031",
    "4.0, 4",
    "0.30000000000000004, 0.3",
    "-2.0724693717492935, -2.07",
    "0.000015, 1.50e-05",
    "123456.7, 123457",
    "25000000.0, 2.50e07",
    "0.0, 0"
  })
  void realNumbersShowThreeSignificantDigits(double value, String shown) {
    assertThat(TrialNames.value(value)).isEqualTo(shown);
  }
}
