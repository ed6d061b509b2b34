package dev.parzen.samples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizationTests {

  private final Dataset train =
      new Dataset(
          "t",
          List.of("a", "blank"),
          "y",
          new double[][] {{1, 0}, {2, 0}, {3, 0}, {4, 0}},
          new double[] {0, 1, 0, 1});

  @Test
  void trainingFeaturesGetMeanZeroAndUnitDeviation() {
    Dataset scaled = Standardization.fit(train).apply(train);

    double[] column = {scaled.row(0)[0], scaled.row(1)[0], scaled.row(2)[0], scaled.row(3)[0]};
    assertThat(Arrays.stream(column).sum()).isCloseTo(0, within(1e-12));
    assertThat(Arrays.stream(column).map(v -> v * v).sum() / 4).isCloseTo(1, within(1e-12));
  }

  @Test
  void aConstantFeatureStaysFinite() {
    Dataset scaled = Standardization.fit(train).apply(train);

    assertThat(scaled.row(0)[1]).isZero();
  }

  @Test
  void validationRowsAreScaledWithTheTrainingStatistics() {
    Dataset validation =
        new Dataset("v", List.of("a", "blank"), "y", new double[][] {{2.5, 7}}, new double[] {0});

    Dataset scaled = Standardization.fit(train).apply(validation);

    assertThat(scaled.row(0)[0]).isZero(); // 2.5 is the training mean
    assertThat(scaled.row(0)[1]).isEqualTo(7); // a constant training feature is only centred on 0
  }
}
