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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Trials still running keep parallel workers from crowding the same region. */
class TpePendingTests {

  private static final Space<Assignment> LINE = Space.builder().uniform("x", 0, 10).build();

  static Stream<TpeOptions> steering() {
    return Stream.of(TpeOptions.hyperopt(), TpeOptions.optuna(), TpeOptions.defaults());
  }

  @ParameterizedTest
  @MethodSource("steering")
  void pendingTrialsSteerSuggestionsAway(TpeOptions options) {
    List<Observation> finished = finished();
    List<Observation> withPending = new ArrayList<>(finished);
    for (int i = 0; i < 8; i++) {
      withPending.add(
          new Observation(40 + i, point(3 + 0.01 * i), TrialStatus.RUNNING, Double.NaN));
    }
    Algorithm tpe = Algorithms.tpe(options);
    double alone = 0;
    double crowded = 0;
    for (long seed = 0; seed < 40; seed++) {
      alone += Math.abs(tpe.suggest(LINE, finished, seed).getDouble("x") - 3);
      crowded += Math.abs(tpe.suggest(LINE, withPending, seed).getDouble("x") - 3);
    }
    assertThat(crowded).isGreaterThan(1.2 * alone);
  }

  @Test
  void ignoredPendingTrialsChangeNothing() {
    TpeOptions options = TpeOptions.defaults().withPending(TpeOptions.Pending.IGNORE);
    List<Observation> withPending = new ArrayList<>(finished());
    withPending.add(new Observation(40, point(3), TrialStatus.RUNNING, Double.NaN));
    Algorithm tpe = Algorithms.tpe(options);
    assertThat(tpe.suggest(LINE, withPending, 5)).isEqualTo(tpe.suggest(LINE, finished(), 5));
  }

  @Test
  void worstPendingTrialsCountTowardsStartup() {
    List<Observation> history = new ArrayList<>(finished().subList(0, 15));
    for (int i = 0; i < 5; i++) {
      history.add(new Observation(15 + i, point(i), TrialStatus.RUNNING, Double.NaN));
    }
    Algorithm counting = Algorithms.tpe(TpeOptions.hyperopt());
    Algorithm ignoring =
        Algorithms.tpe(TpeOptions.hyperopt().withPending(TpeOptions.Pending.IGNORE));
    Assignment prior = ignoring.suggest(LINE, history, 3);
    assertThat(counting.suggest(LINE, history, 3)).isNotEqualTo(prior);
  }

  /** 40 finished trials on a grid, best at x = 3. */
  private static List<Observation> finished() {
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double x = i / 4.0;
      history.add(new Observation(i, point(x), TrialStatus.OK, (x - 3) * (x - 3)));
    }
    return history;
  }

  private static Assignment point(double x) {
    return Assignment.builder().put("x", x).build();
  }
}
