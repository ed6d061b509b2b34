package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;
import java.util.Arrays;

/**
 * Builds the kernels of one numeric parameter from its observations: one kernel per observation, as
 * wide as the bandwidth rule says, plus the prior kernel, with forgetting weights.
 */
final class AdaptiveParzen {

  private AdaptiveParzen() {}

  /**
   * The kernels on {@code n} observations, sorted by centre; the prior kernel sits before the first
   * centre {@code >= priorMu}.
   *
   * @param values the observations in model space, in trial order
   * @param weights their weights (see {@link LinearForgetting}), in trial order
   * @param axis the parameter's domain and prior
   * @param priorWeight the prior kernel's weight relative to an observation of weight 1
   */
  static Kernels univariate(
      double[] values,
      double[] weights,
      int n,
      NumericAxis axis,
      double priorWeight,
      TpeOptions.Kernels shape) {
    int[] order = StableOrder.by(values, n);
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = values[order[i]];
    }
    double[] sigma =
        Bandwidths.of(sorted, n, axis.low(), axis.high(), axis.priorMu(), axis.range(), shape);
    int at = 0;
    while (at < n && sorted[at] < axis.priorMu()) {
      at++;
    }
    double[] mu = new double[n + 1];
    double[] sig = new double[n + 1];
    double[] w = new double[n + 1];
    for (int i = 0; i < n; i++) {
      int j = i < at ? i : i + 1;
      mu[j] = sorted[i];
      sig[j] = sigma[i];
      w[j] = weights[order[i]];
    }
    mu[at] = axis.priorMu();
    sig[at] = axis.range();
    w[at] = priorWeight;
    normalise(w);
    return new Kernels(mu, sig, w);
  }

  /**
   * The widths of the kernels on {@code n} observations in trial order (for joint kernels, whose
   * order must match across parameters).
   */
  static double[] bandwidths(double[] values, int n, NumericAxis axis, TpeOptions.Kernels shape) {
    int[] order = StableOrder.by(values, n);
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = values[order[i]];
    }
    double[] sigma =
        Bandwidths.of(sorted, n, axis.low(), axis.high(), axis.priorMu(), axis.range(), shape);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[order[i]] = sigma[i];
    }
    return out;
  }

  /**
   * Scales {@code w} to sum to 1; when every weight is 0 (no observation and a zero prior weight)
   * the last one, the prior's, becomes 1.
   */
  static void normalise(double[] w) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    if (!(sum > 0)) {
      Arrays.fill(w, 0);
      w[w.length - 1] = 1;
      return;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
  }
}
