package dev.parzen.tpe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Dimension;
import dev.parzen.tpe.TpeOptions;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BandwidthsTests {

  static Stream<Arguments> cases() {
    return Stream.of(64, 65, 300, 2000)
        .flatMap(
            n ->
                Stream.of(TpeOptions.Kernels.hyperopt(), TpeOptions.Kernels.optuna())
                    .map(k -> Arguments.of(n, k)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void cellsGiveTheWidthsThatSortingGives(int n, TpeOptions.Kernels shape) {
    NumericAxis axis = NumericAxis.of(new Dimension.Uniform("x", -5, 5), shape.discrete());
    Random random = new Random(n);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      // Clusters, duplicates (also of the prior mean 0), sparse outliers and both bounds.
      values[i] =
          switch (i % 5) {
            case 0 -> 1 + 0.01 * random.nextGaussian();
            case 1 -> random.nextInt(3) - 1;
            case 2 -> -5 + 10 * random.nextDouble();
            case 3 -> random.nextBoolean() ? -5 : 5;
            default -> 3 + 0.3 * random.nextDouble();
          };
    }
    Bandwidths cells = Bandwidths.of(values, n, axis, shape);
    assertThat(cells.sorted()).isFalse();
    assertThat(cells.sigma()).containsExactly(Bandwidths.bySorting(values, n, axis, shape).sigma());
    assertThat(cells.order()).hasSize(n).doesNotHaveDuplicates();
  }
}
