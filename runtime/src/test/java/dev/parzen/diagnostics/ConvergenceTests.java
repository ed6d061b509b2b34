package dev.parzen.diagnostics;

import static dev.parzen.diagnostics.HistoryTestCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Space;
import org.junit.jupiter.api.Test;

class ConvergenceTests {

  private static final Space<Assignment> X = Space.builder().uniform("x", 0, 1).build();

  /** 40 trials with losses between 1 and 2, then {@code late} at trial {@code at}. */
  private static HistoryTestCase history(int at, double late) {
    HistoryTestCase h = HistoryTestCase.of(X);
    for (int i = 0; i < 40; i++) {
      h.ok(of("x", i / 40.0), i == at ? late : 1 + (i * 7 % 10) / 10.0);
    }
    return h;
  }

  @Test
  void aBestFoundInTheLastQuarterMeansMoreTrialsMayPayOff() {
    assertThat(history(35, 0.5).findings(new Convergence()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Diagnostic.Kind.STILL_IMPROVING);
              assertThat(d.parameter()).isNull();
              assertThat(d.message())
                  .isEqualTo(
                      "still improving in the last quarter, trials #30 to #39 (best went from 1.0"
                          + " to 0.5): more trials may pay off; raise maxEvals (e.g. to 80) or"
                          + " resume the run");
            });
  }

  @Test
  void aBestFoundBeforeTheLastQuarterMeansConverged() {
    assertThat(history(20, 0.5).findings(new Convergence())).isEmpty();
  }

  @Test
  void aTinyLateImprovementIsNotProgress() {
    assertThat(history(35, 0.999).findings(new Convergence())).isEmpty();
  }

  @Test
  void whenMaximisingProgressMeansAHigherBest() {
    HistoryTestCase h = HistoryTestCase.of(X).maximizing();
    for (int i = 0; i < 40; i++) {
      h.ok(of("x", i / 40.0), i == 35 ? 0.95 : 0.5 + (i * 7 % 10) / 40.0);
    }
    assertThat(h.findings(new Convergence()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("(best went from 0.725 to 0.95)");
  }

  @Test
  void trialsStillRunningDoNotMoveTheLastQuarter() {
    HistoryTestCase h = history(32, 0.5);
    for (int i = 0; i < 20; i++) {
      h.running(of("x", 0.5));
    }
    assertThat(h.findings(new Convergence()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("still improving in the last quarter, trials #30 to #39 ");
  }

  @Test
  void fewerThanTenSuccessfulTrialsSayNothing() {
    HistoryTestCase h = HistoryTestCase.of(X);
    for (int i = 0; i < 9; i++) {
      h.ok(of("x", i / 10.0), 9 - i);
    }
    assertThat(h.findings(new Convergence())).isEmpty();
  }
}
