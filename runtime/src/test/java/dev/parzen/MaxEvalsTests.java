package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxEvalsTests {

  private static final Space<Assignment> SPACE =
      Space.builder()
          .quniformInt("depth", 2, 12, 1)
          .loguniform("eta", 1e-3, 0.5)
          .uniform("gamma", 0, 10)
          .choice("booster", "gbtree", "dart")
          .choice("grow", "depthwise", "lossguide", "other")
          .build();

  @Test
  void serialAdviceFollowsTheRule() {
    MaxEvals advice = MaxEvals.advise(SPACE, 1);
    assertThat(advice.ordinal()).isEqualTo(3);
    assertThat(advice.breadth()).isEqualTo(6);
    assertThat(advice.fastest()).isEqualTo(10 * 3 + 15 * 6);
    assertThat(advice.optimal()).isEqualTo(20 * 3 + 15 * 6);
    assertThat(advice.midpoint()).isEqualTo(135);
  }

  @Test
  void parallelismScalesFastestByHalfOfItAndOptimalByAllOfIt() {
    MaxEvals advice = MaxEvals.advise(SPACE, 4);
    assertThat(advice.fastest()).isEqualTo(120 * 2);
    assertThat(advice.optimal()).isEqualTo(150 * 4);
    assertThat(advice.midpoint()).isEqualTo(420);
  }

  @Test
  void aSpaceWithoutCategoricalsHasNoBreadth() {
    MaxEvals advice = MaxEvals.advise(Space.builder().uniform("x", 0, 1).build(), 1);
    assertThat(advice.breadth()).isZero();
    assertThat(advice.fastest()).isEqualTo(10);
    assertThat(advice.optimal()).isEqualTo(20);
  }

  @Test
  void anUnsetBudgetUsesTheMidpointAndReportsIt() {
    TuningResult<Assignment> r =
        Parzen.minimize(Space.builder().uniform("x", 0, 1).build(), p -> p.getDouble("x"))
            .seed(1)
            .discoverListeners(false)
            .run();
    assertThat(r.maxEvals()).isEqualTo(15);
    assertThat(r.trials().size()).isEqualTo(15);
    assertThat(r.maxEvalsAdvice()).isPresent();
    assertThat(r.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("maxEvals not set: using 15"));
  }

  @Test
  void tooMuchParallelismIsWarnedAbout() {
    TuningResult<Assignment> r =
        Parzen.minimize(Space.builder().uniform("x", 0, 1).build(), p -> p.getDouble("x"))
            .seed(1)
            .maxEvals(20)
            .parallelism(8)
            .executor(TrialExecutors.threads(8))
            .discoverListeners(false)
            .run();
    assertThat(r.diagnostics())
        .filteredOn(d -> d.kind() == Diagnostic.Kind.PARALLELISM)
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("more than a tenth of maxEvals 20"))
        .anySatisfy(m -> assertThat(m).contains("more than 4 × the 1 parameter(s)"));
  }
}
