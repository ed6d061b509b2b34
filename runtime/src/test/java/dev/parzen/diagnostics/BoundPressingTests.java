package dev.parzen.diagnostics;

import static dev.parzen.diagnostics.HistoryTestCase.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Dimension;
import dev.parzen.Space;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class BoundPressingTests {

  private static final double[] CLOSE_TO_MAX = {0.955, 0.965, 0.975, 0.985, 0.99, 1.0};

  /**
   * 30 trials spread over the range and 6 more that crowd one end, as an adaptive search does when
   * the loss keeps falling towards that end.
   */
  private static HistoryTestCase pressing(Space<Assignment> space, String label, boolean upper) {
    HistoryTestCase h = HistoryTestCase.of(space);
    for (int i = 0; i < 30; i++) {
      double pos = (i + 0.5) / 30;
      h.ok(of(label, h.at(label, pos)), upper ? 1 - pos : pos);
    }
    for (double close : CLOSE_TO_MAX) {
      double pos = upper ? close : 1 - close;
      h.ok(of(label, h.at(label, pos)), upper ? 1 - pos : pos);
    }
    return h;
  }

  private static Space<Assignment> space(Dimension d) {
    return Space.builder().add(d).build();
  }

  @Test
  void bestValuesAtTheMaxOfALogRangeAskForADecadeMore() {
    var h = pressing(space(new Dimension.LogUniform("lr", 1e-4, 0.1)), "lr", true);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.kind()).isEqualTo(Diagnostic.Kind.BOUND_PRESSING);
              assertThat(d.parameter()).isEqualTo("lr");
              assertThat(d.message())
                  .startsWith("lr: the best values press against max = 0.1 (")
                  .endsWith("; widen it (e.g. to 1.0)");
            });
  }

  @Test
  void bestValuesAtTheMinOfALogRangeAskForADecadeLess() {
    var h = pressing(space(new Dimension.LogUniform("lr", 1e-4, 0.1)), "lr", false);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("lr: the best values press against min = 1.0E-4 (")
        .endsWith("widen it (e.g. to 1.0E-5)");
  }

  @Test
  void bestValuesAtTheMinOfALinearRangeAskForHalfItsWidthMore() {
    var h = pressing(space(new Dimension.Uniform("x", -5, 5)), "x", false);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("x: the best values press against min = -5.0 (")
        .endsWith("widen it (e.g. to -10.0)");
  }

  @Test
  void theMessageGivesTheBestValueAndHowManyOfTheBestTrialsPress() {
    var h = pressing(space(new Dimension.Uniform("x", -5, 5)), "x", true);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("(best 5.0; 4 of the 4 best trials lie within 5 % of it)");
  }

  @Test
  void integerBoundsAreWidenedToWholeNumbers() {
    var h = pressing(space(new Dimension.QUniform("maxDepth", 2, 12, 1, true)), "maxDepth", true);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("maxDepth: the best values press against max = 12 (best 12;")
        .endsWith("widen it (e.g. to 17)");
  }

  @Test
  void aPositiveLinearMinIsNeverWidenedBelowZero() {
    var h = pressing(space(new Dimension.Uniform("ratio", 0.2, 2)), "ratio", false);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .endsWith("widen it (e.g. to 0.0)");
  }

  @Test
  void aRangeInsideZeroToOneIsNeverWidenedPastOne() {
    var h = pressing(space(new Dimension.Uniform("dropout", 0, 0.8)), "dropout", true);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .endsWith("widen it (e.g. to 1.0)");
  }

  @Test
  void oneAsTheMaxOfAFractionIsANaturalLimitNotABoundToWiden() {
    var h = pressing(space(new Dimension.Uniform("subsample", 0.5, 1)), "subsample", true);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith(
            "subsample: the best values press against max = 1.0, the end of a range inside [0, 1]")
        .endsWith("consider fixing subsample there and tuning the rest")
        .doesNotContain("widen");
  }

  @Test
  void zeroAsTheMinOfANonNegativeRangeIsANaturalLimit() {
    var h = pressing(space(new Dimension.Uniform("gamma", 0, 10)), "gamma", false);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith(
            "gamma: the best values press against min = 0.0, the least a non-negative value can"
                + " be")
        .doesNotContain("widen");
  }

  @Test
  void oneAsTheMinOfAnIntegerRangeIsANaturalLimit() {
    var h = pressing(space(new Dimension.QUniform("maxDepth", 1, 8, 1, true)), "maxDepth", false);
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("maxDepth: the best values press against min = 1, the smallest count, 1")
        .doesNotContain("widen");
  }

  @Test
  void aLogRangeIsJudgedOnItsLogScale() {
    // 10 to 40 lie within 4 % of min = 0.001 in linear units but in the middle of the decades.
    var h = HistoryTestCase.of(space(new Dimension.LogUniform("c", 1e-3, 1000)));
    for (int i = 0; i < 30; i++) {
      Object c = h.at("c", (i + 0.5) / 30);
      h.ok(of("c", c), Math.abs(Math.log10((Double) c) - Math.log10(20)));
    }
    for (double c : new double[] {10, 15, 20, 25, 30, 40}) {
      h.ok(of("c", c), Math.abs(Math.log10(c) - Math.log10(20)));
    }
    assertThat(h.findings(new BoundPressing())).isEmpty();
  }

  @Test
  void theBestTrialAloneAtABoundIsNotEnough() {
    var h = HistoryTestCase.of(space(new Dimension.Uniform("x", 0, 10)));
    for (int i = 0; i < 30; i++) {
      double pos = (i + 0.5) / 30;
      h.ok(of("x", h.at("x", pos)), 1 + Math.abs(pos - 0.5));
    }
    h.ok(of("x", h.at("x", 0.99)), 0.5);
    assertThat(h.findings(new BoundPressing())).isEmpty();
  }

  @Test
  void fewerThanTenSuccessfulTrialsSayNothing() {
    var h = HistoryTestCase.of(space(new Dimension.Uniform("x", 0, 10)));
    for (int i = 0; i < 9; i++) {
      h.ok(of("x", h.at("x", 1 - i * 0.005)), i);
    }
    h.failed(of("x", h.at("x", 0.5)), "diverged");
    assertThat(h.findings(new BoundPressing())).isEmpty();
  }

  @Test
  void whenMaximisingTheBestTrialsAreTheHighest() {
    // Minimising these scores would find the best trials spread over the low end.
    var h = pressing(space(new Dimension.Uniform("x", -5, 5)), "x", true);
    var flipped = HistoryTestCase.of(space(new Dimension.Uniform("x", -5, 5))).maximizing();
    h.trials().forEach(t -> flipped.ok(t.assignment(), -t.loss()));
    assertThat(flipped.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("press against max = 5.0");
  }

  @Test
  void aCoarseGridNeedsMoreThanChanceAtItsEnd() {
    // With three layer counts, the three best trials all at 3 happen by chance one time in 27.
    var h = HistoryTestCase.of(space(new Dimension.QUniform("layers", 1, 3, 1, true)));
    for (int i = 0; i < 12; i++) {
      long layers = 1 + i % 3;
      h.ok(of("layers", layers), 10 - layers + i * 0.01);
    }
    assertThat(h.findings(new BoundPressing())).isEmpty();
  }

  @Test
  void aCoarseGridPressesWhenManyBestTrialsSitAtItsEnd() {
    var h = HistoryTestCase.of(space(new Dimension.QUniform("layers", 1, 3, 1, true)));
    for (int i = 0; i < 40; i++) {
      long layers = 1 + i % 3;
      h.ok(of("layers", layers), 10 - layers + i * 0.01);
    }
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .startsWith("layers: the best values press against max = 3 (");
  }

  @Test
  void unboundedParametersNeverPress() {
    var h = HistoryTestCase.of(space(new Dimension.Normal("shift", 0, 1)));
    for (int i = 0; i < 30; i++) {
      h.ok(of("shift", 3.0 + i), -i);
    }
    assertThat(h.findings(new BoundPressing())).isEmpty();
  }

  @Test
  void conditionalParametersAreJudgedOnTheTrialsWhereTheyAreActive() {
    Space<Assignment> space =
        Space.builder()
            .branches(
                "model",
                new TreeMap<>(
                    Map.of(
                        "svm", Space.builder().loguniform("C", 1e-2, 10).build(),
                        "tree", Space.builder().quniformInt("depth", 2, 12, 1).build())))
            .build();
    var h = HistoryTestCase.of(space);
    for (int i = 0; i < 30; i++) {
      long depth = 2 + i % 11;
      h.ok(Assignment.of(Map.of("model", "tree", "depth", depth)), 0.1 + Math.abs(depth - 7));
    }
    for (int i = 0; i < 12; i++) {
      double pos = i < 6 ? (i + 0.5) / 6 : 0.96 + (i - 6) * 0.008;
      Object c = h.at("C", pos);
      h.ok(Assignment.of(Map.of("model", "svm", "C", c)), 20 - pos);
    }
    assertThat(h.findings(new BoundPressing()))
        .singleElement()
        .extracting(Diagnostic::parameter)
        .isEqualTo("C");
  }
}
