package dev.parzen.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StatsTests {

  @Test
  void tiedValuesShareTheMeanOfTheirRanks() {
    assertThat(Stats.ranks(new double[] {10, 20, 20, 5, 20})).containsExactly(2, 4, 4, 1, 4);
  }

  @Test
  void aMonotoneRelationHasRankCorrelationOneWhateverItsShape() {
    double[] x = {1, 2, 3, 4, 5, 6};
    double[] y = {1, 8, 27, 64, 125, 216};
    assertThat(Stats.spearman(x, y).rho()).isEqualTo(1.0);
  }

  @Test
  void rankCorrelationWithTiesMatchesPearsonOnAverageRanks() {
    // Ranks x: 1, 2.5, 2.5, 4, 5; y: 1, 2, 3, 5, 4 → Pearson of the ranks is 0.8721.
    double[] x = {1, 2, 2, 3, 4};
    double[] y = {10, 20, 30, 50, 40};
    assertThat(Stats.spearman(x, y).rho()).isCloseTo(0.8721, within(1e-4));
  }

  @Test
  void aConstantSideHasNoCorrelation() {
    Stats.Correlation c = Stats.spearman(new double[] {1, 1, 1, 1}, new double[] {1, 2, 3, 4});
    assertThat(c.rho()).isZero();
    assertThat(c.p()).isEqualTo(1.0);
  }

  @Test
  void fisherGivesTheChanceOfAtLeastThatManyFailuresInTheGroup() {
    // 3 of 3 failures in a group of 3 out of 10 trials: 1 / C(10, 3) = 1 / 120.
    assertThat(Stats.fisherGreater(3, 3, 3, 10)).isCloseTo(1 / 120.0, within(1e-12));
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Stats.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
  }
}
