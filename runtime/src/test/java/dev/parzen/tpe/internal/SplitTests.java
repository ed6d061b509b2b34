package dev.parzen.tpe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.Space;
import dev.parzen.TrialStatus;
import dev.parzen.space.FlatSpace;
import dev.parzen.tpe.TpeOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitTests {

  private static final FlatSpace SPACE = FlatSpace.of(Space.builder().uniform("x", 0, 1).build());
  private static final TpeOptions.Split HYPEROPT = TpeOptions.Split.sqrt(0.25, 25);

  @Test
  void theBestTrialsFormTheGoodSet() {
    Split split = split(TpeOptions.Pending.WORST, ok(5), ok(1), ok(3), failed(), ok(0.5), ok(2));
    assertThat(split.below()).containsExactly(4);
    assertThat(split.above()).containsExactly(0, 1, 2, 3, 5);
  }

  @Test
  void failedTrialsRankAfterEveryOkTrial() {
    List<Observation> history = new ArrayList<>();
    history.add(failed());
    for (int i = 0; i < 16; i++) {
      history.add(ok(1e300));
    }
    Split split = split(TpeOptions.Pending.WORST, history.toArray(new Observation[0]));
    assertThat(split.below()).containsExactly(1, 2);
  }

  @Test
  void tiesGoToTheEarlierTrial() {
    Split split = split(TpeOptions.Pending.WORST, ok(1), ok(0), ok(0), ok(0));
    assertThat(split.below()).containsExactly(1);
  }

  @Test
  void theConstantLiarPutsPendingTrialsAboveWithoutCountingThem() {
    Observation[] history = new Observation[17];
    for (int i = 0; i < 16; i++) {
      history[i] = ok(i);
    }
    history[16] = running();
    Split liar = split(TpeOptions.Pending.LIAR, history);
    assertThat(liar.below()).hasSize(1);
    assertThat(liar.above()).hasSize(16).contains(16);
    Split worst = split(TpeOptions.Pending.WORST, history);
    assertThat(worst.below()).hasSize(2);
  }

  @Test
  void ignoredPendingTrialsAreNotRows() {
    TrialTable table = table(TpeOptions.Pending.IGNORE, ok(1), running());
    assertThat(table.rows()).isEqualTo(1);
  }

  @Test
  void goodSetSizesFollowTheirRules() {
    assertThat(HYPEROPT.below(16)).isEqualTo(1);
    assertThat(HYPEROPT.below(17)).isEqualTo(2);
    assertThat(HYPEROPT.below(64)).isEqualTo(2);
    assertThat(HYPEROPT.below(65)).isEqualTo(3);
    assertThat(HYPEROPT.below(100_000)).isEqualTo(25);
    TpeOptions.Split linear = TpeOptions.Split.linear(0.1, 25);
    assertThat(linear.below(10)).isEqualTo(1);
    assertThat(linear.below(11)).isEqualTo(2);
    assertThat(linear.below(1000)).isEqualTo(25);
    assertThat(linear.below(0)).isZero();
  }

  private static Split split(TpeOptions.Pending pending, Observation... history) {
    return Split.of(table(pending, history), HYPEROPT);
  }

  private static TrialTable table(TpeOptions.Pending pending, Observation... history) {
    List<Observation> numbered = new ArrayList<>();
    for (int i = 0; i < history.length; i++) {
      Observation o = history[i];
      numbered.add(new Observation(i, o.assignment(), o.status(), o.loss()));
    }
    Axis[] axes = {Axis.of(SPACE.params().get(0).dimension(), TpeOptions.Kernels.optuna())};
    return TrialTable.of(SPACE, axes, numbered, pending);
  }

  private static Observation ok(double loss) {
    return new Observation(0, point(), TrialStatus.OK, loss);
  }

  private static Observation failed() {
    return new Observation(0, point(), TrialStatus.FAILED, Double.NaN);
  }

  private static Observation running() {
    return new Observation(0, point(), TrialStatus.RUNNING, Double.NaN);
  }

  private static Assignment point() {
    return Assignment.builder().put("x", 0.5).build();
  }
}
