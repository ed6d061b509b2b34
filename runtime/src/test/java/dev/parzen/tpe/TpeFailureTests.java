package dev.parzen.tpe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.Space;
import dev.parzen.TrialStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Failed and timed-out trials are the worst points: the search moves away from them. */
class TpeFailureTests {

  private static final Space<Assignment> LINE = Space.builder().uniform("x", 0, 10).build();

  static Stream<TpeOptions> presets() {
    return Stream.of(TpeOptions.hyperopt(), TpeOptions.optuna(), TpeOptions.defaults());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void failedTrialsNeverAttractTheSearch(TpeOptions options) {
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean fails = i % 2 == 0;
      double x = fails ? 9 + i / 40.0 : 8.0 * i / 40;
      TrialStatus status = i % 4 == 0 ? TrialStatus.TIMED_OUT : TrialStatus.FAILED;
      history.add(
          new Observation(
              i, point(x), fails ? status : TrialStatus.OK, fails ? Double.NaN : 10 - x));
    }
    Algorithm tpe = Algorithms.tpe(options);
    for (long seed = 0; seed < 40; seed++) {
      assertThat(tpe.suggest(LINE, history, seed).getDouble("x")).isLessThan(9);
    }
  }

  @ParameterizedTest
  @MethodSource("presets")
  void onlyFailedTrialsStillGiveValidSuggestions(TpeOptions options) {
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      history.add(new Observation(i, point(i / 3.0), TrialStatus.FAILED, Double.NaN));
    }
    double x = Algorithms.tpe(options).suggest(LINE, history, 1).getDouble("x");
    assertThat(x).isBetween(0.0, 10.0);
  }

  private static Assignment point(double x) {
    return Assignment.builder().put("x", x).build();
  }
}
