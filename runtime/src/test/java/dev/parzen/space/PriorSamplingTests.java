package dev.parzen.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parzen.Assignment;
import dev.parzen.Space;
import dev.parzen.internal.Rngs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PriorSamplingTests {

  private static final int DRAWS = 4000;

  static LongStream seeds() {
    return LongStream.range(0, 25);
  }

  private static List<Assignment> draw(Space<Assignment> space, long seed) {
    FlatSpace flat = FlatSpace.of(space);
    UniformRandomProvider rng = Rngs.create(seed);
    List<Assignment> out = new ArrayList<>();
    for (int i = 0; i < DRAWS; i++) {
      out.add(PriorSampler.sample(flat, rng));
    }
    return out;
  }

  private static List<Double> values(List<Assignment> draws, String label) {
    return draws.stream().map(a -> a.getDouble(label)).toList();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void uniformStaysWithinBounds(long seed) {
    List<Double> x = values(draw(Space.builder().uniform("x", -5, 10).build(), seed), "x");
    assertThat(x).allSatisfy(v -> assertThat(v).isBetween(-5.0, 10.0));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void quantisedValuesAreOnTheGridAndInsideTheBounds(long seed) {
    Space<Assignment> s =
        Space.builder()
            .quniform("q", -5, 5, 0.5)
            .qloguniform("ql", 1, 1000, 5)
            .qnormal("qn", 0, 3, 0.1)
            .qlognormal("qln", 0, 1, 0.25)
            .build();
    List<Assignment> draws = draw(s, seed);
    assertThat(values(draws, "q"))
        .allSatisfy(v -> assertThat(v).isBetween(-5.0, 5.0).matches(x -> Values.onGrid(x, 0.5)));
    assertThat(values(draws, "ql"))
        .allSatisfy(v -> assertThat(v).isBetween(5.0, 1000.0).matches(x -> Values.onGrid(x, 5)));
    assertThat(values(draws, "qn")).allSatisfy(v -> assertThat(Values.onGrid(v, 0.1)).isTrue());
    assertThat(values(draws, "qln"))
        .allSatisfy(
            v -> assertThat(v).isGreaterThanOrEqualTo(0.0).matches(x -> Values.onGrid(x, 0.25)));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void quantisedValuesAreExactDecimals(long seed) {
    List<Double> x = values(draw(Space.builder().quniform("x", 0, 1, 0.1).build(), seed), "x");
    assertThat(x).allSatisfy(v -> assertThat(String.valueOf(v)).matches("\\d\\.\\d"));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void integerKindsGiveLongs(long seed) {
    Space<Assignment> s =
        Space.builder()
            .quniformInt("depth", 2, 12, 1)
            .qloguniformInt("trees", 10, 1000, 10)
            .randint("bucket", 3, 8)
            .build();
    List<Assignment> draws = draw(s, seed);
    for (Assignment a : draws) {
      assertThat(a.get("depth")).isInstanceOf(Long.class);
      assertThat(a.getLong("depth")).isBetween(2L, 12L);
      assertThat(a.getLong("trees")).isBetween(10L, 1000L).matches(v -> v % 10 == 0);
      assertThat(a.getLong("bucket")).isBetween(3L, 7L);
    }
    assertThat(draws.stream().map(a -> a.getLong("bucket")).distinct().count()).isEqualTo(5);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void logUniformSpreadsEvenlyPerDecade(long seed) {
    List<Double> x = values(draw(Space.builder().loguniform("lr", 1e-5, 1).build(), seed), "lr");
    int[] perDecade = new int[5];
    for (double v : x) {
      assertThat(v).isBetween(1e-5, 1.0);
      perDecade[Math.min(4, (int) Math.floor(Math.log10(v) + 5))]++;
    }
    for (int count : perDecade) {
      assertThat(count / (double) DRAWS).isCloseTo(0.2, within(0.035));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void normalKindsHaveTheirMeanAndSpread(long seed) {
    List<Assignment> draws =
        draw(Space.builder().normal("n", 3, 2).lognormal("ln", 0, 0.5).build(), seed);
    double[] n = values(draws, "n").stream().mapToDouble(Double::doubleValue).toArray();
    double mean = java.util.Arrays.stream(n).average().orElseThrow();
    double sd =
        Math.sqrt(java.util.Arrays.stream(n).map(v -> (v - mean) * (v - mean)).sum() / n.length);
    assertThat(mean).isCloseTo(3, within(0.15));
    assertThat(sd).isCloseTo(2, within(0.15));
    double logMean = values(draws, "ln").stream().mapToDouble(Math::log).average().orElseThrow();
    assertThat(logMean).isCloseTo(0, within(0.05));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void weightedChoiceMatchesItsWeights(long seed) {
    Space<Assignment> s =
        Space.builder().weightedChoice("k", List.of("a", "b", "c"), 0.7, 0.2, 0.1).build();
    Map<Object, Integer> counts = new HashMap<>();
    draw(s, seed).forEach(a -> counts.merge(a.get("k"), 1, Integer::sum));
    assertThat(counts.get("a") / (double) DRAWS).isCloseTo(0.7, within(0.035));
    assertThat(counts.get("b") / (double) DRAWS).isCloseTo(0.2, within(0.03));
    assertThat(counts.get("c") / (double) DRAWS).isCloseTo(0.1, within(0.025));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void inactiveBranchParametersAreAbsent(long seed) {
    Map<String, Space<Assignment>> branches = new LinkedHashMap<>();
    branches.put("svm", Space.builder().loguniform("C", 1e-3, 1e3).build());
    branches.put(
        "tree",
        Space.builder().quniformInt("depth", 1, 10, 1).choice("crit", "gini", "entropy").build());
    branches.put("none", Space.builder().uniform("ignored", 0, 1).build());
    Space<Assignment> s = Space.builder().branches("model", branches).uniform("lr", 0, 1).build();
    for (Assignment a : draw(s, seed)) {
      String model = a.getString("model");
      assertThat(a.has("lr")).isTrue();
      assertThat(a.has("C")).isEqualTo(model.equals("svm"));
      assertThat(a.has("depth")).isEqualTo(model.equals("tree"));
      assertThat(a.has("crit")).isEqualTo(model.equals("tree"));
      assertThat(a.has("ignored")).isEqualTo(model.equals("none"));
      assertThat(FlatSpace.of(s).problems(a)).isEmpty();
    }
  }
}
