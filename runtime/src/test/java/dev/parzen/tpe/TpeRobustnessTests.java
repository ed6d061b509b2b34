package dev.parzen.tpe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Observation;
import dev.parzen.Space;
import dev.parzen.TrialStatus;
import dev.parzen.space.FlatSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Histories from other spaces and branches without parameters do not trip TPE up. */
class TpeRobustnessTests {

  static Stream<TpeOptions> presets() {
    return Stream.of(TpeOptions.hyperopt(), TpeOptions.optuna(), TpeOptions.defaults());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void branchesWithoutParametersAreModelledToo(TpeOptions options) {
    Dimension.Branches b =
        new Dimension.Branches(
            "model",
            List.of(
                new Dimension.Branch("none", List.of()),
                new Dimension.Branch("tree", List.of(new Dimension.Uniform("depth", 1, 9)))),
            List.of());
    Space<Assignment> space = Space.builder().add(b).uniform("x", 0, 1).build();
    List<Observation> history = Histories.random(space, 40, 2, a -> a.getDouble("x"));
    for (long seed = 0; seed < 20; seed++) {
      Assignment a = Algorithms.tpe(options).suggest(space, history, seed);
      assertThat(FlatSpace.of(space).problems(a)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("presets")
  void valuesThatNoLongerFitTheSpaceAreIgnored(TpeOptions options) {
    Space<Assignment> space = Space.builder().uniform("x", 0, 1).choice("c", "a", "b").build();
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Assignment a =
          Assignment.builder()
              .put("x", i % 4 == 0 ? 7.5 : i / 40.0)
              .put("c", i % 5 == 0 ? "gone" : "a")
              .put("removed", 3L)
              .build();
      history.add(new Observation(i, a, TrialStatus.OK, i / 40.0));
    }
    Assignment a = Algorithms.tpe(options).suggest(space, history, 4);
    assertThat(FlatSpace.of(space).problems(a)).isEmpty();
  }
}
