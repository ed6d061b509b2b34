package dev.parzen.diagnostics;

import static dev.parzen.diagnostics.HistoryTestCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Space;
import org.junit.jupiter.api.Test;

class TiedBestTests {

  private static final Space<Assignment> X = Space.builder().uniform("x", 0, 1).build();

  /** Ten trials with losses 0.5, 0.6 … 1.4 and the given variance. */
  private static HistoryTestCase spread(double variance) {
    HistoryTestCase h = HistoryTestCase.of(X);
    for (int i = 0; i < 10; i++) {
      h.okWithVariance(of("x", i / 10.0), 0.5 + i / 10.0, variance);
    }
    return h;
  }

  @Test
  void trialsWithinOneStandardDeviationOfTheBestAreNamed() {
    HistoryTestCase h = spread(Double.NaN).okWithVariance(of("x", 0.95), 0.48, 0.0169);
    assertThat(h.findings(new TiedBest()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Diagnostic.Kind.TIED_BEST);
              assertThat(d.message())
                  .isEqualTo(
                      "2 other trials are within one standard deviation (0.13) of the best 0.48"
                          + " (#10): #0, #1; #10 was chosen because it has the lowest mean; to"
                          + " separate them, evaluate them again on more folds or data");
            });
  }

  @Test
  void anExactTieIsBrokenByTheSmallerVariance() {
    HistoryTestCase h =
        spread(Double.NaN)
            .okWithVariance(of("x", 0.3), 0.4, 0.0004)
            .okWithVariance(of("x", 0.7), 0.4, 0.0001);
    assertThat(h.findings(new TiedBest()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith(
            "1 other trial is within one standard deviation (0.01) of the best 0.4 (#11): #10;")
        .contains("#11 was chosen because it ties on the mean and has the smallest variance");
  }

  @Test
  void anExactTieWithoutVarianceGoesToTheEarlierTrial() {
    HistoryTestCase h = HistoryTestCase.of(X).maximizing();
    for (int i = 0; i < 12; i++) {
      h.ok(of("x", i / 12.0), i % 4 == 1 ? 0.95 : 0.9);
    }
    assertThat(h.findings(new TiedBest()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith(
            "2 other trials tie exactly with the best 0.95 (#1): #5, #9; #1 was chosen because"
                + " it ties on the mean and the variance and ran first");
  }

  @Test
  void aClearBestWithoutVarianceSaysNothing() {
    assertThat(spread(Double.NaN).findings(new TiedBest())).isEmpty();
  }

  @Test
  void aClearBestBeyondItsStandardDeviationSaysNothing() {
    assertThat(spread(0.0025).findings(new TiedBest())).isEmpty();
  }

  @Test
  void longListsOfTiedTrialsAreCut() {
    HistoryTestCase h = spread(Double.NaN);
    for (int i = 0; i < 8; i++) {
      h.ok(of("x", 0.5), 0.5);
    }
    assertThat(h.findings(new TiedBest()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith(
            "8 other trials tie exactly with the best 0.5 (#0): #10, #11, #12, #13, #14 and 3"
                + " more;");
  }
}
