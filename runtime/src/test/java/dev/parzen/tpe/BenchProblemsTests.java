package dev.parzen.tpe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parzen.space.FlatSpace;
import dev.parzen.tpe.bench.BenchProblem;
import dev.parzen.tpe.bench.BenchProblems;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The benchmark objectives agree with the reference implementation's test vectors. */
class BenchProblemsTests {

  static Stream<Arguments> vectors() {
    return Stream.concat(BenchProblems.all().stream(), Stream.of(BenchProblems.timing()))
        .flatMap(p -> p.testVectors().stream().map(v -> Arguments.of(p.name(), p, v)));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("vectors")
  void objectivesMatchTheirTestVectors(String name, BenchProblem p, BenchProblem.TestVector v) {
    assertThat(FlatSpace.of(p.space()).problems(v.point())).isEmpty();
    assertThat(p.evaluate(v.point()))
        .isCloseTo(v.loss(), within(1e-12 * Math.max(1, Math.abs(v.loss()))));
  }

  @Test
  void everyProblemIsThere() {
    assertThat(BenchProblems.all())
        .extracting(BenchProblem::name)
        .containsExactly(
            "branin",
            "hartmann6",
            "styblinski_tang_q",
            "logscale",
            "mixed_categorical",
            "conditional");
  }
}
