package dev.parzen.benchmarks.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The rank test agrees with SciPy 1.17's {@code mannwhitneyu(method="asymptotic")}. */
class RankTestTests {

  @Test
  void matchesTheReferenceOnSamplesWithoutTies() {
    double[] x = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] y = {4.5, 6.5, 7.5, 8.5, 9.5, 10.5, 11.5, 12.5, 13.5};

    RankTest t = RankTest.of(x, y);

    assertThat(t.u()).isEqualTo(7);
    assertThat(t.p()).isCloseTo(0.006098945931214367, within(1e-12));
  }

  @Test
  void correctsTheVarianceForTies() {
    double[] x = {0, 0, 0, 1, 1, 2, 2, 2, 3, 5};
    double[] y = {1, 1, 2, 3, 3, 3, 4, 4, 5, 5, 6};

    assertThat(RankTest.of(x, y).u()).isEqualTo(23);
    assertThat(RankTest.of(x, y).p()).isCloseTo(0.0246531118181329, within(1e-12));
    assertThat(RankTest.of(y, x).u()).isEqualTo(87);
    assertThat(RankTest.of(y, x).p()).isCloseTo(0.0246531118181329, within(1e-12));
  }

  @Test
  void samplesOfOneRepeatedValueDoNotDiffer() {
    RankTest t = RankTest.of(new double[] {2, 2, 2}, new double[] {2, 2});

    assertThat(t.p()).isEqualTo(1);
    assertThat(Verdict.of(t)).isEqualTo(Verdict.EQUAL);
  }

  @Test
  void smallerLossesAreBetterAndLargerWorse() {
    double[] low = {1, 2, 3, 4, 5, 6, 7, 8};
    double[] high = {11, 12, 13, 14, 15, 16, 17, 18};

    assertThat(Verdict.of(RankTest.of(low, high))).isEqualTo(Verdict.BETTER);
    assertThat(Verdict.of(RankTest.of(high, low))).isEqualTo(Verdict.WORSE);
  }

  @Test
  void refusesAnEmptySample() {
    assertThatThrownBy(() -> RankTest.of(new double[0], new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sizes 0 and 1");
  }
}
