package dev.parzen.tpe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parzen.Dimension;
import dev.parzen.tpe.TpeOptions;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fast paths of the univariate estimator agree with the exact log-space sum. */
class NumericEstimatorTests {

  static Stream<Arguments> mixtures() {
    return Stream.of(20, 200, 2000)
        .flatMap(
            n ->
                Stream.of(TpeOptions.Kernels.hyperopt(), TpeOptions.Kernels.optuna())
                    .flatMap(
                        k ->
                            Stream.of(
                                Arguments.of(n, k, new Dimension.Uniform("x", -5, 5)),
                                Arguments.of(n, k, new Dimension.QUniform("q", -5, 5, 0.5, false)),
                                Arguments.of(n, k, new Dimension.Normal("n", 0, 3)))));
  }

  @ParameterizedTest(name = "{0} observations, {1}, {2}")
  @MethodSource("mixtures")
  void fastDensityMatchesTheExactSum(int n, TpeOptions.Kernels shape, Dimension.Numeric d) {
    NumericAxis axis = NumericAxis.of(d, shape.discrete());
    Random random = new Random(n);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double raw = i % 3 == 0 ? -5 + 10 * random.nextDouble() : 1 + 0.3 * random.nextGaussian();
      values[i] = axis.model(d.value(raw));
    }
    Kernels k =
        AdaptiveParzen.univariate(values, LinearForgetting.weights(n, 25), n, axis, 1, shape);
    NumericEstimator e = NumericEstimator.of(k, axis, shape.truncation());
    for (int j = 0; j < 200; j++) {
      double x = axis.coordinate(-6 + 12 * random.nextDouble());
      assertThat(e.logDensity(x)).isCloseTo(e.logDensityExactly(x), within(1e-11));
    }
  }
}
