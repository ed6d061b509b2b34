package dev.parzen.diagnostics;

import static dev.parzen.diagnostics.HistoryTestCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Space;
import org.junit.jupiter.api.Test;

class FailureRegionsTests {

  private static final Space<Assignment> LR = Space.builder().loguniform("lr", 1e-4, 1).build();

  /** 40 trials spread over lr on a log scale; those above {@code position} of the range fail. */
  private static HistoryTestCase failingAbove(double position) {
    HistoryTestCase h = HistoryTestCase.of(LR);
    for (int i = 0; i < 40; i++) {
      double pos = (i + 0.5) / 40;
      Assignment a = of("lr", h.at("lr", pos));
      if (pos > position) {
        h.failed(a, "loss diverged");
      } else {
        h.ok(a, 1 - pos);
      }
    }
    return h;
  }

  @Test
  void aHighRangeWhereMostTrialsFailIsReportedWithItsCounts() {
    assertThat(failingAbove(0.85).findings(new FailureRegions()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Diagnostic.Kind.FAILURE_REGION);
              assertThat(d.parameter()).isEqualTo("lr");
              assertThat(d.message())
                  .isEqualTo(
                      "lr: 6 of 10 trials with lr ≥ 0.1122 failed (60 %, vs 0 % elsewhere: 0 of 30);"
                          + " most often: java.lang.IllegalStateException: loss diverged; lower"
                          + " max below 0.1122");
            });
  }

  @Test
  void aLowRangeWhereMostTrialsFailAsksToRaiseTheMin() {
    HistoryTestCase h = HistoryTestCase.of(LR);
    for (int i = 0; i < 40; i++) {
      double pos = (i + 0.5) / 40;
      Assignment a = of("lr", h.at("lr", pos));
      if (pos < 0.2) {
        h.failed(a, "no progress");
      } else {
        h.ok(a, pos);
      }
    }
    assertThat(h.findings(new FailureRegions()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("lr: 8 of 10 trials with lr ≤ 8.913E-4 failed (80 %")
        .endsWith("raise min above 8.913E-4");
  }

  @Test
  void failuresScatteredOverTheRangeSayNothing() {
    HistoryTestCase h = HistoryTestCase.of(LR);
    for (int i = 0; i < 40; i++) {
      double pos = (i + 0.5) / 40;
      Assignment a = of("lr", h.at("lr", pos));
      if (i % 5 == 2) {
        h.failed(a, "out of memory");
      } else {
        h.ok(a, pos);
      }
    }
    assertThat(h.findings(new FailureRegions())).isEmpty();
  }

  @Test
  void aRangeFailingAsOftenAsTheRestSaysNothing() {
    // Most trials fail everywhere: the top quarter is no worse than the rest.
    HistoryTestCase h = HistoryTestCase.of(LR);
    for (int i = 0; i < 40; i++) {
      Assignment a = of("lr", h.at("lr", (i + 0.5) / 40));
      if (i % 4 == 0) {
        h.ok(a, i);
      } else {
        h.failed(a, "flaky cluster");
      }
    }
    assertThat(h.findings(new FailureRegions())).isEmpty();
  }

  @Test
  void anOptionHoldingMostFailuresIsReported() {
    Space<Assignment> space = Space.builder().choice("solver", "lbfgs", "sgd", "newton").build();
    HistoryTestCase h = HistoryTestCase.of(space);
    String[] solvers = {"lbfgs", "sgd", "newton"};
    for (int i = 0; i < 30; i++) {
      String solver = solvers[i % 3];
      if (solver.equals("newton") && i % 6 != 5) {
        h.failed(of("solver", solver), "singular Hessian");
      } else if (i == 4) {
        h.failed(of("solver", solver), "interrupted");
      } else {
        h.ok(of("solver", solver), i);
      }
    }
    assertThat(h.findings(new FailureRegions()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .isEqualTo(
            "solver: 5 of 10 trials with solver = newton failed (50 %, vs 5 % elsewhere: 1 of"
                + " 20); most often: java.lang.IllegalStateException: singular Hessian; fix what"
                + " makes it fail, or drop it from the options");
  }

  @Test
  void aRunWithoutFailuresSaysNothing() {
    HistoryTestCase h = HistoryTestCase.of(LR);
    for (int i = 0; i < 40; i++) {
      h.ok(of("lr", h.at("lr", (i + 0.5) / 40)), i);
    }
    assertThat(h.findings(new FailureRegions())).isEmpty();
  }
}
