package dev.parzen.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parzen.Assignment;
import dev.parzen.StopReason;
import dev.parzen.Trial;
import dev.parzen.TrialStatus;
import dev.parzen.Trials;
import dev.parzen.TuningResult;
import dev.parzen.annotations.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTests {

  @Test
  void aLowerLossIsBetterWhenMinimising() {
    Comparison c = new Comparison("log loss", Direction.MINIMIZE, 0.10, 0.08);

    assertThat(c.tunedIsBetter()).isTrue();
    assertThat(c.relativeImprovement()).isCloseTo(0.2, within(1e-12));
    assertThat(c).hasToString("log loss: defaults 0.1000, tuned 0.0800 (20.0% lower, better)");
  }

  @Test
  void aLowerScoreIsWorseWhenMaximising() {
    Comparison c = new Comparison("recall", Direction.MAXIMIZE, 0.90, 0.81);

    assertThat(c.tunedIsBetter()).isFalse();
    assertThat(c.relativeImprovement()).isCloseTo(-0.1, within(1e-12));
    assertThat(c).hasToString("recall: defaults 0.9000, tuned 0.8100 (10.0% lower, worse)");
  }

  @Test
  void equalScoresAreTheSame() {
    Comparison c = new Comparison("accuracy", Direction.MAXIMIZE, 0.5, 0.5);

    assertThat(c.tunedIsBetter()).isFalse();
    assertThat(c.toString()).endsWith("(the same)");
  }

  @Test
  void aTableAlignsOneLinePerMetricUnderItsTitle() {
    String table =
        Comparison.table(
            "Tuned vs defaults:",
            List.of(
                new Comparison("recall", Direction.MAXIMIZE, 0.9, 0.95),
                new Comparison("precision", Direction.MAXIMIZE, 0.9, 0.9)));

    assertThat(table.lines())
        .containsExactly(
            "Tuned vs defaults:",
            "  recall      defaults 0.9000      tuned 0.9500      5.6% higher, better",
            "  precision   defaults 0.9000      tuned 0.9000      the same");
  }

  @Test
  void aHeadingNamesTheBestTrialAndCountsOnlyFinishedTrials() {
    Trials<String> trials =
        new Trials<>(
            List.of(
                trial(0, TrialStatus.OK, 0.3),
                trial(1, TrialStatus.OK, 0.1),
                trial(2, TrialStatus.FAILED, Double.NaN),
                trial(3, TrialStatus.CANCELLED, Double.NaN)),
            Direction.MINIMIZE);
    TuningResult<String> result =
        new TuningResult<>(
            "t", trials, StopReason.EARLY_STOP, 7, 10, null, Duration.ZERO, List.of(), "tpe");

    assertThat(Comparison.heading(result, "the defaults", "142 rows"))
        .isEqualTo("Tuned (trial #1, the best of 3) vs the defaults, on the same 142 rows:");
  }

  private static Trial<String> trial(int number, TrialStatus status, double loss) {
    return new Trial<>(
        number,
        status,
        Assignment.empty(),
        "p" + number,
        loss,
        Double.NaN,
        Instant.EPOCH,
        Duration.ZERO,
        null,
        Map.of());
  }
}
