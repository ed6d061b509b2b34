package dev.parzen.tpe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parzen.Dimension;
import dev.parzen.tpe.TpeOptions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Optuna 5.0's univariate Parzen estimator (reference vectors). */
class OptunaReferenceTests {

  private static final TpeOptions.Kernels OPTUNA = TpeOptions.Kernels.optuna();

  @Test
  void neighbourRuleIgnoresThePriorAndClipsTheLastKernel() {
    Estimated e = estimate(new Dimension.Uniform("x", -5, 5), 1, -2, 4, 4.5);
    assertThat(e.kernels.weight()).containsOnly(0.2);
    assertKernels(e.kernels, new double[] {1, -2, 4, 4.5, 0}, new double[] {3, 3, 3, 1.666667, 10});
    assertThat(e.logDensity(0, 4.2, -4.9))
        .containsExactly(new double[] {-2.361870109, -1.843531022, -3.137660044}, within(1e-8));
  }

  @Test
  void aLoneObservationReachesTheFartherBound() {
    Estimated e = estimate(new Dimension.Uniform("x", -5, 5), 3);
    assertThat(e.kernels.weight()).containsOnly(0.5);
    assertKernels(e.kernels, new double[] {3, 0}, new double[] {8, 10});
    assertThat(e.logDensity(0, 3))
        .containsExactly(new double[] {-2.254693957, -2.239979802}, within(1e-8));
  }

  @Test
  void integersAreBinsOnTheWidenedDomain() {
    Estimated e = estimate(new Dimension.QUniform("k", 0, 10, 1, true), 2, 3, 9);
    assertKernels(e.kernels, new double[] {2, 3, 9, 5}, new double[] {2.2, 6, 6, 11});
    assertThat(e.logDensity(0, 3, 10))
        .containsExactly(new double[] {-2.413439971, -2.158771816, -2.728186050}, within(1e-8));
  }

  @Test
  void logFloatsLiveInLogSpace() {
    Estimated e = estimate(new Dimension.LogUniform("lr", 1e-3, 1), 0.01, 0.1);
    assertKernels(
        e.kernels,
        new double[] {Math.log(0.01), Math.log(0.1), Math.log(0.0316227766)},
        new double[] {2.302585, 2.302585, 6.907755});
  }

  @Test
  void logIntegersAreBinsInLogSpace() {
    Estimated e = estimate(new Dimension.QLogUniform("n", 1, 100, 1, true), 2, 50);
    double prior = 0.5 * (Math.log(0.5) + Math.log(100.5));
    assertKernels(
        e.kernels,
        new double[] {Math.log(2), Math.log(50), prior},
        new double[] {3.218876, 3.218876, 5.303305});
    assertThat(e.logDensity(1, 2, 100))
        .containsExactly(new double[] {-1.684630930, -2.350580515, -6.361897644}, within(1e-8));
  }

  @Test
  void jointEstimatorOfOneParameterEqualsTheUnivariateOne() {
    Dimension.Numeric d = new Dimension.QUniform("k", 0, 10, 1, true);
    Estimated e = estimate(d, 2, 3, 9);
    NumericAxis axis = NumericAxis.of(d, OPTUNA.discrete());
    double[][] values = {{2, 3, 9}};
    ParzenEstimator joint =
        ParzenEstimator.of(new Axis[] {axis}, values, new double[] {1, 1, 1}, 3, 1, OPTUNA);
    Candidates c = new Candidates(1, 3);
    c.of(0)[0] = 0;
    c.of(0)[1] = 3;
    c.of(0)[2] = 10;
    double[] out = new double[3];
    joint.logDensity(c, out);
    assertThat(out).containsExactly(e.logDensity(0, 3, 10), within(1e-12));
  }

  @Test
  void categoricalKernelsAreSmoothedOneHotRows() {
    double[] p =
        CategoricalEstimator.smoothed(
            new double[] {0, 0, 2},
            new double[] {1, 1, 1},
            3,
            new double[] {1. / 3, 1. / 3, 1. / 3},
            1);
    assertThat(Arrays.stream(p).map(Math::log).toArray())
        .containsExactly(new double[] {-0.741937345, -1.658228077, -1.098612289}, within(1e-8));
  }

  @Test
  void pseudoCountsFollowThePriorProbabilities() {
    double[] prior = {0.1, 0.2, 0.3, 0.4};
    assertThat(CategoricalEstimator.pseudoCounts(new double[] {3}, new double[] {1}, 1, prior, 1))
        .containsExactly(new double[] {0.08, 0.16, 0.24, 0.52}, within(1e-12));
    assertThat(
            CategoricalEstimator.pseudoCounts(
                new double[] {3, 3}, new double[] {1, 1}, 2, prior, 1))
        .containsExactly(new double[] {0.4 / 6, 0.8 / 6, 0.2, 0.6}, within(1e-12));
  }

  private record Estimated(Kernels kernels, NumericEstimator estimator, NumericAxis axis) {
    double[] logDensity(double... x) {
      double[] out = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        out[i] = estimator.logDensity(axis.discrete() ? x[i] : axis.model(x[i]));
      }
      return out;
    }
  }

  private static Estimated estimate(Dimension.Numeric d, double... observed) {
    NumericAxis axis = NumericAxis.of(d, OPTUNA.discrete());
    double[] obs = Arrays.stream(observed).map(v -> axis.model(d.value(v))).toArray();
    double[] w = LinearForgetting.weights(obs.length, 25);
    Kernels k = AdaptiveParzen.univariate(obs, w, obs.length, axis, 1, OPTUNA);
    return new Estimated(k, NumericEstimator.of(k, axis, OPTUNA.truncation()), axis);
  }

  /** Compares kernels as (centre, width) pairs regardless of their order. */
  private static void assertKernels(Kernels k, double[] mu, double[] sigma) {
    assertThat(pairs(k.mu(), k.sigma())).containsExactly(pairs(mu, sigma), within(1e-6));
  }

  private static double[] pairs(double[] mu, double[] sigma) {
    Integer[] order = new Integer[mu.length];
    for (int i = 0; i < mu.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(mu[a], mu[b]));
    double[] out = new double[2 * mu.length];
    for (int i = 0; i < mu.length; i++) {
      out[2 * i] = mu[order[i]];
      out[2 * i + 1] = sigma[order[i]];
    }
    return out;
  }
}
