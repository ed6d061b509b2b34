package dev.parzen.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadableTests {

  @ParameterizedTest
  @CsvSource({
    "0.2130004, 4, 0.213",
    "0.2130004, 6, 0.213",
    "12.5, 4, 12.5",
    "1234.5678, 4, 1235",
    "-3.14159, 3, -3.14",
    "0, 4, 0",
    "1.5e-7, 4, 1.5e-07",
    "123456789, 4, 1.235e+08"
  })
  void numbersKeepTheirSignificantDigitsAndDropTrailingZeros(
      double value, int digits, String text) {
    assertThat(Readable.number(value, digits)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"340, 0.3 s", "9940, 9.9 s", "38000, 38 s", "725000, 12m 05s", "7620000, 2h 07m"})
  void durationsAreShortAndRoundedToTheirScale(long millis, String text) {
    assertThat(Readable.duration(Duration.ofMillis(millis))).isEqualTo(text);
  }

  @Test
  void parametersShowRealsToFourDigitsAndEverythingElseAsIs() {
    Assignment a =
        Assignment.builder()
            .put("maxDepth", 4L)
            .put("eta", 0.031234567)
            .put("booster", "dart")
            .build();

    assertThat(Readable.params(a)).isEqualTo("{maxDepth=4, eta=0.03123, booster=dart}");
  }
}
