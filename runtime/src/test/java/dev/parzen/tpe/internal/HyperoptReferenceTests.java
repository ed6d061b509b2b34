package dev.parzen.tpe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parzen.Dimension;
import dev.parzen.tpe.TpeOptions;
import org.junit.jupiter.api.Test;

/** Hyperopt 0.3.0's adaptive Parzen estimator and forgetting weights (reference vectors). */
class HyperoptReferenceTests {

  private static final TpeOptions.Kernels HYPEROPT = TpeOptions.Kernels.hyperopt();
  private static final NumericAxis AXIS =
      NumericAxis.of(new Dimension.Uniform("x", -5, 5), TpeOptions.Discrete.CLIPPED_BINS);

  private static Kernels apn(double... obs) {
    double[] w = LinearForgetting.weights(obs.length, 25);
    return AdaptiveParzen.univariate(obs, w, obs.length, AXIS, 1.0, HYPEROPT);
  }

  @Test
  void linearForgettingRampsTheOldestObservations() {
    assertThat(LinearForgetting.weights(30, 25))
        .startsWith(new double[] {1.0 / 30, 0.275, 0.516667, 0.758333, 1.0}, within(1e-6))
        .endsWith(1.0, 1.0);
    assertThat(LinearForgetting.weights(25, 25)).containsOnly(1.0).hasSize(25);
    assertThat(LinearForgetting.weights(26, 25)[0]).isEqualTo(1.0 / 26);
  }

  @Test
  void noForgettingWindowWeighsEveryObservationEqually() {
    assertThat(LinearForgetting.weights(100, 0)).containsOnly(1.0);
  }

  @Test
  void withoutObservationsTheEstimatorIsThePrior() {
    Kernels k = apn();
    assertThat(k.weight()).containsExactly(1.0);
    assertThat(k.mu()).containsExactly(0.0);
    assertThat(k.sigma()).containsExactly(10.0);
  }

  @Test
  void oneObservationGetsHalfThePriorWidth() {
    Kernels above = apn(3);
    assertThat(above.weight()).containsExactly(0.5, 0.5);
    assertThat(above.mu()).containsExactly(0.0, 3.0);
    assertThat(above.sigma()).containsExactly(10.0, 5.0);
    Kernels below = apn(-3);
    assertThat(below.mu()).containsExactly(-3.0, 0.0);
    assertThat(below.sigma()).containsExactly(5.0, 10.0);
  }

  @Test
  void thePriorMeanIsABandwidthNeighbour() {
    Kernels k = apn(1, -2, 4, 4.5);
    assertThat(k.weight()).containsOnly(0.2);
    assertThat(k.mu()).containsExactly(-2, 0, 1, 4, 4.5);
    assertThat(k.sigma()).containsExactly(new double[] {2, 10, 3, 3, 1.666667}, within(1e-6));
  }

  @Test
  void duplicatesAreClippedToTheMinimumWidth() {
    Kernels k = apn(0, 0, 0);
    assertThat(k.weight()).containsOnly(0.25);
    assertThat(k.mu()).containsExactly(0, 0, 0, 0);
    assertThat(k.sigma()).containsExactly(10, 2, 2, 2);
  }

  @Test
  void interiorKernelsTakeTheLargerGap() {
    Kernels k = apn(4, -1, 2.5, 2.5, 0.3);
    assertThat(k.weight()).containsOnly(1.0 / 6);
    assertThat(k.mu()).containsExactly(-1, 0, 0.3, 2.5, 2.5, 4);
    assertThat(k.sigma())
        .containsExactly(new double[] {1.428571, 10, 2.2, 2.2, 1.5, 1.5}, within(1e-6));
  }

  @Test
  void forgettingWeighsOldObservationsLess() {
    NumericAxis axis =
        NumericAxis.of(new Dimension.Uniform("x", 0, 30), TpeOptions.Discrete.CLIPPED_BINS);
    double[] obs = new double[30];
    for (int i = 0; i < 30; i++) {
      obs[i] = i;
    }
    Kernels k =
        AdaptiveParzen.univariate(obs, LinearForgetting.weights(30, 25), 30, axis, 1, HYPEROPT);
    assertThat(k.weight()).startsWith(new double[] {0.0011662, 0.0096210, 0.0180758}, within(1e-7));
    assertThat(k.weight()[15]).isCloseTo(0.0349854, within(1e-7));
    assertThat(k.mu()[15]).isEqualTo(15);
    assertThat(java.util.Arrays.stream(k.sigma()).min().orElseThrow()).isEqualTo(1.0);
  }

  @Test
  void boundedMixtureUsesOneNormaliser() {
    assertThat(gmm(new Dimension.Uniform("x", -5, 5), 0, 1, 4.9))
        .containsExactly(new double[] {-1.287506773, -1.605461820, -3.089894833}, within(1e-8));
  }

  @Test
  void unboundedMixtureIsAPlainGaussianMixture() {
    assertThat(gmm(new Dimension.Normal("x", 0, 1), 0, 1, 4.9))
        .containsExactly(new double[] {-1.375502901, -1.693457949, -3.177890961}, within(1e-8));
  }

  @Test
  void quantisedBoundedMixtureScoresClippedBins() {
    assertThat(gmm(new Dimension.QUniform("x", -5, 5, 1, false), 0, 1, 5))
        .containsExactly(new double[] {-1.320269686, -1.607520052, -3.736102128}, within(1e-8));
  }

  @Test
  void quantisedUnboundedMixtureScoresBins() {
    assertThat(gmm(new Dimension.QNormal("x", 0, 1, 1, false), 0, 1, 5))
        .containsExactly(new double[] {-1.408265815, -1.695516181, -3.210668906}, within(1e-8));
  }

  @Test
  void logMixtureMatchesHyperoptUpToTheJacobian() {
    double[] x = {0.5, 1, 2};
    double[] lpdf = lgmm(new Dimension.LogNormal("x", 0, 1), x);
    for (int i = 0; i < x.length; i++) {
      lpdf[i] -= Math.log(x[i]);
    }
    assertThat(lpdf)
        .containsExactly(new double[] {-1.157608779, -1.007128407, -1.053663429}, within(1e-8));
  }

  @Test
  void boundedLogMixtureDiffersFromHyperoptOnlyByAConstant() {
    // Hyperopt leaves the truncation normaliser out of the continuous log-uniform density; the
    // normaliser is the same for every candidate, so the argmax is the same.
    double[] x = {0.5, 1, 2};
    double[] bounded = lgmm(new Dimension.LogUniform("x", Math.exp(-2), Math.exp(2)), x);
    double[] unbounded = lgmm(new Dimension.LogNormal("x", 0, 1), x);
    double offset = bounded[0] - unbounded[0];
    assertThat(offset).isPositive();
    assertThat(bounded[1] - unbounded[1]).isCloseTo(offset, within(1e-12));
    assertThat(bounded[2] - unbounded[2]).isCloseTo(offset, within(1e-12));
  }

  @Test
  void quantisedBoundedLogMixtureScoresBinsInLogSpace() {
    // Hyperopt's x = 1 bin starts at 0.5 because its grid can round below min to 0; Parzen's
    // values stay in [min, max], so the first bin reaches down to min (tested: 2 and 7).
    double[] lpdf = lgmm(new Dimension.QLogUniform("x", Math.exp(-2), Math.exp(2), 1, false), 2, 7);
    assertThat(lpdf).containsExactly(new double[] {-1.021324208, -5.514961261}, within(1e-8));
  }

  @Test
  void quantisedUnboundedLogMixtureGivesZeroTheBinDownToZero() {
    assertThat(lgmm(new Dimension.QLogNormal("x", 0, 1, 1, false), 0, 1, 2))
        .containsExactly(new double[] {-2.103146424, -0.929343834, -1.044337264}, within(1e-8));
  }

  private static double[] gmm(Dimension.Numeric d, double... x) {
    return density(d, new double[] {0, 2}, new double[] {1, 3}, x, false);
  }

  private static double[] lgmm(Dimension.Numeric d, double... x) {
    return density(d, new double[] {0, 0.5}, new double[] {1, 0.3}, x, true);
  }

  private static double[] density(
      Dimension.Numeric d, double[] mu, double[] sigma, double[] x, boolean log) {
    NumericAxis axis = NumericAxis.of(d, TpeOptions.Discrete.CLIPPED_BINS);
    Kernels k = new Kernels(mu, sigma, new double[] {0.5, 0.5});
    NumericEstimator e = NumericEstimator.of(k, axis, TpeOptions.Truncation.MIXTURE);
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = e.logDensity(axis.discrete() || !log ? x[i] : Math.log(x[i]));
    }
    return out;
  }
}
