package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReproducibilityTests {

  private static final Space<Assignment> SPACE =
      Space.builder()
          .uniform("x", -5, 10)
          .loguniform("lr", 1e-5, 1)
          .quniformInt("depth", 1, 12, 1)
          .choice("kind", "a", "b", "c")
          .branches(
              "model",
              new java.util.TreeMap<>(
                  Map.of(
                      "linear", Space.builder().uniform("l2", 0, 1).build(),
                      "tree", Space.builder().quniformInt("leaves", 2, 64, 2).build())))
          .build();

  private static List<Assignment> run(long seed) {
    return Parzen.minimize(SPACE, ReproducibilityTests::loss)
        .seed(seed)
        .maxEvals(40)
        .discoverListeners(false)
        .run()
        .trials()
        .stream()
        .map(Trial::assignment)
        .toList();
  }

  private static double loss(Assignment p) {
    double x = p.getDouble("x");
    return x * x + Math.abs(Math.log10(p.getDouble("lr")) + 3) + p.getLong("depth") * 0.1;
  }

  @Test
  void twoSerialRunsWithTheSameSeedGiveIdenticalTrials() {
    assertThat(run(42)).isEqualTo(run(42));
  }

  @Test
  void differentSeedsGiveDifferentTrials() {
    assertThat(run(42)).isNotEqualTo(run(43));
  }

  @Test
  void theSeedIsRecordedWhenNoneWasGiven() {
    TuningResult<Assignment> first =
        Parzen.minimize(SPACE, ReproducibilityTests::loss)
            .maxEvals(15)
            .discoverListeners(false)
            .run();
    List<Assignment> again = run(first.seed()).subList(0, 15);
    assertThat(first.trials().stream().map(Trial::assignment).toList()).isEqualTo(again);
  }
}
