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
   * The kernels on {@code n} observations, ordered so that kernels close in value are close in the
   * arrays: sorted by centre with the prior before the first centre {@code >= priorMu} for small
   * sets, grouped into cells with the prior last for large ones.
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
    Bandwidths widths = n == 0 ? null : Bandwidths.of(values, n, axis, shape);
    int at = n;
    if (widths != null && widths.sorted()) {
      at = 0;
      while (at < n && values[widths.order()[at]] < axis.priorMu()) {
        at++;
      }
    }
    double[] mu = new double[n + 1];
    double[] sig = new double[n + 1];
    double[] w = new double[n + 1];
    for (int i = 0; i < n; i++) {
      int obs = widths.order()[i];
      int j = i < at ? i : i + 1;
      mu[j] = values[obs];
      sig[j] = widths.sigma()[obs];
      w[j] = weights[obs];
    }
    mu[at] = axis.priorMu();
    sig[at] = axis.range();
    w[at] = priorWeight;
    normalise(w, at);
    return new Kernels(mu, sig, w);
  }

  /**
   * Scales {@code w} to sum to 1; when every weight is 0 (no observation and a zero prior weight)
   * the prior's, at {@code prior}, becomes 1.
   */
  static void normalise(double[] w, int prior) {
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    if (!(sum > 0)) {
      Arrays.fill(w, 0);
      w[prior] = 1;
      return;
    }
    for (int i = 0; i < w.length; i++) {
      w[i] /= sum;
    }
  }
}
