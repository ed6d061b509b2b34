package dev.parzen.diagnostics;

import static dev.parzen.diagnostics.HistoryTestCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Space;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlowRegionsTests {

  private static final Space<Assignment> SIZE = Space.builder().uniform("size", 0, 100).build();

  /**
   * 40 trials over size = 1.25 … 98.75; those at size ≥ 75 take about 20 s, the others about 2 s.
   * The loss is {@code lossSign × size}.
   */
  private static HistoryTestCase slowAbove75(double lossSign) {
    HistoryTestCase h = HistoryTestCase.of(SIZE);
    for (int i = 0; i < 40; i++) {
      double size = 1.25 + 2.5 * i;
      double seconds = (size < 75 ? 2 : 20) + 0.01 * size;
      h.ok(of("size", size), lossSign * size, seconds);
    }
    return h;
  }

  @Test
  void aRangeWhoseTrialsTakeLongerIsReportedWithItsFactor() {
    assertThat(slowAbove75(1).findings(new SlowRegions()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Diagnostic.Kind.SLOW_REGION);
              assertThat(d.parameter()).isEqualTo("size");
              assertThat(d.message())
                  .startsWith(
                      "size: trials with size ≥ 76.25 take 8.8× as long as the others (median"
                          + " 20.9 s vs 2.4 s; rank correlation with duration 1.00 over 40"
                          + " trials)");
            });
  }

  @Test
  void aSlowRangeAwayFromTheBestTrialShouldBeNarrowed() {
    assertThat(slowAbove75(1).findings(new SlowRegions()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .endsWith("the best trial is not: narrow the range to save time");
  }

  @Test
  void aSlowRangeHoldingTheBestTrialIsTimeWellSpent() {
    assertThat(slowAbove75(-1).findings(new SlowRegions()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .endsWith("the best trial is among them, so the time pays off: budget for it");
  }

  @Test
  void trialsSlowingAsAValueFallsAreReportedAtTheLowEnd() {
    HistoryTestCase h = HistoryTestCase.of(SIZE);
    for (int i = 0; i < 40; i++) {
      double size = 1.25 + 2.5 * i;
      h.ok(of("size", size), size, (size < 25 ? 20 : 2) + 0.01 * (100 - size));
    }
    assertThat(h.findings(new SlowRegions()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("size: trials with size ≤ 23.75 take");
  }

  @Test
  void durationsUnrelatedToAParameterSayNothing() {
    Random random = new Random(11);
    HistoryTestCase h = HistoryTestCase.of(SIZE);
    for (int i = 0; i < 60; i++) {
      double size = 100 * random.nextDouble();
      h.ok(of("size", size), size, 5 + 10 * random.nextDouble());
    }
    assertThat(h.findings(new SlowRegions())).isEmpty();
  }

  @Test
  void differencesUnderASecondAreNotWorthAFinding() {
    HistoryTestCase h = HistoryTestCase.of(SIZE);
    for (int i = 0; i < 40; i++) {
      double size = 1.25 + 2.5 * i;
      h.ok(of("size", size), size, 0.01 + 0.005 * size);
    }
    assertThat(h.findings(new SlowRegions())).isEmpty();
  }

  @Test
  void aStrongCorrelationOverFewTrialsIsNotEnough() {
    // ρ = 0.75 over ten trials happens by chance more than once in a hundred (p = 0.013).
    double[] sizes = {0, 10, 20, 30, 40, 50, 60, 70, 80, 90};
    double[] seconds = {18, 3, 6, 9, 12, 15, 30, 21, 24, 27};
    HistoryTestCase h = HistoryTestCase.of(SIZE);
    for (int i = 0; i < sizes.length; i++) {
      h.ok(of("size", sizes[i]), i, seconds[i]);
    }
    Stats.Correlation c = Stats.spearman(sizes, seconds);
    assertThat(c.rho()).isGreaterThan(SlowRegions.MIN_RHO);
    assertThat(c.p()).isGreaterThan(SlowRegions.MAX_P);
    assertThat(h.findings(new SlowRegions())).isEmpty();
  }

  @Test
  void aCategoryMuchSlowerThanTheOthersIsReported() {
    Space<Assignment> space =
        Space.builder().choice("booster", "gbtree", "dart", "gblinear").build();
    HistoryTestCase h = HistoryTestCase.of(space);
    String[] options = {"gbtree", "dart", "gblinear"};
    for (int i = 0; i < 30; i++) {
      String booster = options[i % 3];
      h.ok(of("booster", booster), i, booster.equals("dart") ? 12 + 0.1 * i : 2 + 0.01 * i);
    }
    assertThat(h.findings(new SlowRegions()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith(
            "booster: trials with booster = dart take 6.3× as long as the others (median 13.5 s vs"
                + " 2.1 s over 10 and 20 trials)")
        .endsWith("the best trial does not: drop it from the options to save time");
  }

  @Test
  void fewerThanTenFinishedTrialsSayNothing() {
    HistoryTestCase h = HistoryTestCase.of(SIZE);
    for (int i = 0; i < 9; i++) {
      h.ok(of("size", 10.0 * i), i, 1 + 10 * i);
    }
    h.running(of("size", 95.0));
    assertThat(h.findings(new SlowRegions())).isEmpty();
  }
}
