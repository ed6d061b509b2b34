package dev.parzen.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TuningResult;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiagnosticsTests {

  private static final Space<Assignment> BOWL =
      Space.builder().uniform("x", -5, 5).loguniform("lr", 1e-4, 1).build();

  /** A smooth bowl with its optimum in the middle of both ranges: x = 0, lr = 0.01. */
  private static double bowl(Assignment p) {
    double x = p.getDouble("x");
    double decades = Math.log10(p.getDouble("lr")) + 2;
    return x * x / 4 + decades * decades;
  }

  private static TuningResult<Assignment> randomSearch(long seed) {
    return Parzen.minimize(BOWL, DiagnosticsTests::bowl)
        .algorithm(Algorithms.random())
        .maxEvals(200)
        .seed(seed)
        .discoverListeners(false)
        .run();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void aCleanRandomSearchOnASmoothBowlSaysNothing(long seed) {
    assertThat(randomSearch(seed).diagnostics()).isEmpty();
  }

  @Test
  void durationsUnrelatedToTheParametersSayNothing() {
    Random random = new Random(5);
    HistoryTestCase h = HistoryTestCase.of(BOWL);
    for (Trial<Assignment> t : randomSearch(5).trials()) {
      h.ok(t.assignment(), t.loss(), 2 + 8 * random.nextDouble());
    }
    assertThat(h.inspect()).isEmpty();
  }

  @Test
  void findingsComeInAFixedOrderOfChecks() {
    HistoryTestCase h = HistoryTestCase.of(BOWL);
    for (int i = 0; i < 40; i++) {
      double pos = (i + 0.5) / 40;
      Assignment a = Assignment.of(Map.of("x", h.at("x", pos), "lr", h.at("lr", 0.5)));
      if (pos < 0.2) {
        h.failed(a, "diverged");
      } else {
        h.ok(a, i == 39 ? -1 : 1 - pos, 1 + 30 * pos * pos);
      }
    }
    for (double pos : new double[] {0.96, 0.97, 0.98, 0.99}) {
      h.ok(Assignment.of(Map.of("x", h.at("x", pos), "lr", h.at("lr", 0.5))), -pos, 30);
    }
    assertThat(h.inspect())
        .extracting(Diagnostic::kind)
        .containsExactly(
            Diagnostic.Kind.BOUND_PRESSING,
            Diagnostic.Kind.SLOW_REGION,
            Diagnostic.Kind.FAILURE_REGION,
            Diagnostic.Kind.STILL_IMPROVING);
  }

  @Test
  void aTuningResultCarriesTheFindings() {
    TuningResult<Assignment> r =
        Parzen.minimize(
                BOWL,
                p -> {
                  if (p.getDouble("x") > 3) {
                    throw new ArithmeticException("overflow");
                  }
                  return bowl(p);
                })
            .algorithm(Algorithms.random())
            .maxEvals(60)
            .seed(3)
            .discoverListeners(false)
            .run();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.kind() == Diagnostic.Kind.FAILURE_REGION)
        .singleElement()
        .extracting(Diagnostic::parameter)
        .isEqualTo("x");
  }

  @Test
  void trialsStillRunningAreNotJudged() {
    HistoryTestCase h = HistoryTestCase.of(BOWL);
    for (int i = 0; i < 9; i++) {
      h.ok(Assignment.of(Map.of("x", h.at("x", 1.0), "lr", h.at("lr", 1.0))), -i);
    }
    for (int i = 0; i < 20; i++) {
      h.running(Assignment.of(Map.of("x", h.at("x", 1.0), "lr", h.at("lr", 1.0))));
    }
    assertThat(h.inspect()).isEmpty();
  }
}
