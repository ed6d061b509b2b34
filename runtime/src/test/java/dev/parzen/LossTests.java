package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LossTests {

  @Test
  void foldsGiveTheMeanAndTheBesselCorrectedVariance() {
    Loss l = Loss.ofFolds(1, 2, 3, 4);
    assertThat(l.value()).isEqualTo(2.5);
    assertThat(l.variance()).isCloseTo(5.0 / 3.0, within(1e-12));
  }

  @Test
  void aSingleFoldHasUnknownVariance() {
    assertThat(Loss.ofFolds(0.3).variance()).isNaN();
  }

  @Test
  void noFoldsIsAnError() {
    assertThatThrownBy(Loss::ofFolds).hasMessageContaining("at least one fold");
  }

  @Test
  void negativeVarianceIsAnError() {
    assertThatThrownBy(() -> Loss.of(1, -1)).hasMessageContaining("variance must be >= 0");
  }

  @Test
  void nonFiniteValuesAreFailures() {
    assertThat(Loss.of(Double.NaN).isFailure()).isTrue();
    assertThat(Loss.of(Double.NEGATIVE_INFINITY).failureReason())
        .contains("the objective returned -Infinity");
    assertThat(Loss.of(0.5).isFailure()).isFalse();
  }
}
