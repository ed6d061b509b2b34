package dev.parzen.tpe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.Space;
import dev.parzen.internal.Rngs;
import dev.parzen.space.FlatSpace;
import dev.parzen.space.PriorSampler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A suggestion depends on the space, the history and the seed, and on nothing else. */
class TpePurityTests {

  private static final Space<Assignment> SPACE = Histories.everyKind();

  static Stream<TpeOptions> presets() {
    return Stream.of(TpeOptions.hyperopt(), TpeOptions.optuna(), TpeOptions.defaults());
  }

  @ParameterizedTest
  @MethodSource("presets")
  void sameSeedGivesTheSameSuggestion(TpeOptions options) {
    List<Observation> history = Histories.random(SPACE, 60, 3, Histories::pseudoLoss);
    Assignment first = Algorithms.tpe(options).suggest(SPACE, history, 42);
    List<Observation> copy = Histories.random(SPACE, 60, 3, Histories::pseudoLoss);
    Assignment second = Algorithms.tpe(options).suggest(SPACE, copy, 42);
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("presets")
  void differentSeedsGiveDifferentSuggestions(TpeOptions options) {
    List<Observation> history = Histories.random(SPACE, 60, 3, Histories::pseudoLoss);
    Algorithm tpe = Algorithms.tpe(options);
    Set<Object> values = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      values.add(tpe.suggest(SPACE, history, seed).get("u"));
    }
    assertThat(values).hasSizeGreaterThan(15);
  }

  @ParameterizedTest
  @MethodSource("presets")
  void historyOrderDoesNotMatter(TpeOptions options) {
    List<Observation> history = Histories.random(SPACE, 60, 5, Histories::pseudoLoss);
    List<Observation> shuffled = new ArrayList<>(history);
    Collections.shuffle(shuffled, new Random(1));
    Algorithm tpe = Algorithms.tpe(options);
    assertThat(tpe.suggest(SPACE, shuffled, 9)).isEqualTo(tpe.suggest(SPACE, history, 9));
  }

  @ParameterizedTest
  @MethodSource("presets")
  void startupSuggestionsAreDrawnFromThePrior(TpeOptions options) {
    List<Observation> history =
        Histories.random(SPACE, options.startupTrials() - 1, 8, Histories::pseudoLoss);
    Assignment expected = PriorSampler.sample(FlatSpace.of(SPACE), Rngs.create(77));
    assertThat(Algorithms.tpe(options).suggest(SPACE, history, 77)).isEqualTo(expected);
  }
}
