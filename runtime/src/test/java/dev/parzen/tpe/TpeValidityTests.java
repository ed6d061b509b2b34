package dev.parzen.tpe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.Space;
import dev.parzen.space.FlatSpace;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every suggestion is a valid point: bounds, grids, types and branches. */
class TpeValidityTests {

  private static final Space<Assignment> SPACE = Histories.everyKind();
  private static final FlatSpace FLAT = FlatSpace.of(SPACE);

  static Stream<Arguments> seedsAndPresets() {
    TpeOptions optuna = TpeOptions.optuna();
    return IntStream.range(0, 50)
        .boxed()
        .flatMap(
            seed ->
                Stream.of(
                    Arguments.of(seed, "hyperopt", TpeOptions.hyperopt()),
                    Arguments.of(seed, "optuna", optuna),
                    Arguments.of(
                        seed, "univariate", optuna.withMultivariate(TpeOptions.Multivariate.OFF)),
                    Arguments.of(
                        seed,
                        "unconditional",
                        optuna.withMultivariate(TpeOptions.Multivariate.UNCONDITIONAL)),
                    Arguments.of(
                        seed,
                        "joint hyperopt kernels",
                        TpeOptions.hyperopt().withMultivariate(TpeOptions.Multivariate.GROUPED)),
                    Arguments.of(seed, "defaults", TpeOptions.defaults())));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPresets")
  void everyKindYieldsValidValues(int seed, String name, TpeOptions options) {
    List<Observation> history = Histories.random(SPACE, 40, seed, Histories::pseudoLoss);
    Assignment a = Algorithms.tpe(options).suggest(SPACE, history, seed);
    assertThat(FLAT.problems(a)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPresets")
  void hugeRandintsAreDrawnFromTheirPrior(int seed, String name, TpeOptions options) {
    Space<Assignment> space =
        Space.builder().uniform("x", 0, 1).randint("seed", 0, 1L << 40).build();
    List<Observation> history = Histories.random(space, 30, seed, Histories::pseudoLoss);
    Assignment a = Algorithms.tpe(options).suggest(space, history, seed);
    assertThat(FlatSpace.of(space).problems(a)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPresets")
  void zeroPriorWeightStillYieldsValidValues(int seed, String name, TpeOptions options) {
    List<Observation> history = Histories.random(SPACE, 40, seed, Histories::pseudoLoss);
    Assignment a = Algorithms.tpe(options.withPriorWeight(0)).suggest(SPACE, history, seed);
    assertThat(FLAT.problems(a)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("seedsAndPresets")
  void conditionalParametersAppearOnlyInTheirBranch(int seed, String name, TpeOptions options) {
    List<Observation> history = Histories.random(SPACE, 40, seed, Histories::pseudoLoss);
    Assignment a = Algorithms.tpe(options).suggest(SPACE, history, 1000 + seed);
    boolean left = a.getString("b").equals("left");
    assertThat(a.has("l_x")).isEqualTo(left);
    assertThat(a.has("r_lr")).isEqualTo(!left);
    assertThat(a.has("p_x")).isEqualTo(!left && a.getString("nested").equals("p"));
  }
}
