package dev.parzen.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MetricsTests {

  @Test
  void aCoinFlipHasALogLossOfLnTwo() {
    assertThat(Metrics.logLoss(new double[] {0, 1}, new double[] {0.5, 0.5}))
        .isCloseTo(Math.log(2), within(1e-12));
  }

  @Test
  void aConfidentMistakeCostsALargeButFiniteLogLoss() {
    double loss = Metrics.logLoss(new double[] {1}, new double[] {0});

    assertThat(loss).isCloseTo(-Math.log(1e-15), within(1e-6));
  }

  @Test
  void recallIsTheShareOfPositivesCaught() {
    double[] labels = {0, 0, 0, 0, 1};
    double[] predicted = {0, 0, 1, 1, 1};

    assertThat(Metrics.recall(labels, predicted, 0)).isEqualTo(0.5);
    assertThat(Metrics.precision(labels, predicted, 0)).isEqualTo(1.0);
  }

  @Test
  void recallWithoutPositivesIsNaN() {
    assertThat(Metrics.recall(new double[] {1, 1}, new double[] {1, 0}, 0)).isNaN();
  }

  @Test
  void accuracyCountsTheRightLabels() {
    assertThat(Metrics.accuracy(new double[] {3, 1, 2, 2}, new double[] {3, 1, 2, 0}))
        .isEqualTo(0.75);
  }

  @Test
  void rmseIsInTheTargetsUnits() {
    assertThat(Metrics.rmse(new double[] {10, 20}, new double[] {13, 16}))
        .isCloseTo(Math.sqrt(12.5), within(1e-12));
  }

  @Test
  void labelsCutProbabilitiesAtTheThreshold() {
    assertThat(Metrics.labels(new double[] {0.2, 0.5, 0.9}, 0.5)).containsExactly(0, 1, 1);
  }

  @Test
  void mismatchedLengthsAreRefused() {
    assertThatThrownBy(() -> Metrics.rmse(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 labels, 1 predictions");
  }
}
