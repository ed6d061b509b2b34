package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;

/**
 * The two bandwidth rules: each observation's kernel is as wide as the larger gap to its
 * neighbours, clipped to {@code [range / min(100, n + 2), range]}. Inputs are sorted ascending.
 */
final class Bandwidths {

  private Bandwidths() {}

  /**
   * The widths of the kernels on the {@code n} sorted {@code values}, in the same order.
   *
   * @param low the lower end of the domain ({@code -∞} when unbounded)
   * @param high the upper end of the domain ({@code +∞} when unbounded)
   * @param priorMu the centre of the prior kernel
   * @param range the width of the prior kernel: the largest width
   */
  static double[] of(
      double[] values,
      int n,
      double low,
      double high,
      double priorMu,
      double range,
      TpeOptions.Kernels shape) {
    double[] sigma =
        shape.bandwidth() == TpeOptions.Bandwidth.PRIOR_NEIGHBOUR
            ? priorNeighbour(values, n, priorMu, range)
            : neighbours(values, n, low, high);
    double min = shape.magicClip() ? range / Math.min(100, n + 2) : 1e-12 * range;
    for (int i = 0; i < n; i++) {
      sigma[i] = Math.min(range, Math.max(min, sigma[i]));
    }
    return sigma;
  }

  /** Hyperopt: the prior mean is inserted among the observations and acts as a neighbour. */
  static double[] priorNeighbour(double[] s, int n, double priorMu, double range) {
    double[] sigma = new double[n];
    if (n == 1) {
      sigma[0] = 0.5 * range;
      return sigma;
    }
    int at = 0;
    while (at < n && s[at] < priorMu) {
      at++;
    }
    for (int i = 0; i < n; i++) {
      double left = i == 0 ? (at == 0 ? priorMu : Double.NaN) : (at == i ? priorMu : s[i - 1]);
      double right =
          i == n - 1 ? (at == n ? priorMu : Double.NaN) : (at == i + 1 ? priorMu : s[i + 1]);
      double gapLeft = Double.isNaN(left) ? 0 : s[i] - left;
      double gapRight = Double.isNaN(right) ? 0 : right - s[i];
      sigma[i] = Math.max(gapLeft, gapRight);
    }
    return sigma;
  }

  /** Optuna: neighbours only; a lone observation measures to the domain bounds. */
  static double[] neighbours(double[] s, int n, double low, double high) {
    double[] sigma = new double[n];
    if (n == 1) {
      sigma[0] = Math.max(s[0] - low, high - s[0]);
      return sigma;
    }
    for (int i = 0; i < n; i++) {
      double gapLeft = i == 0 ? 0 : s[i] - s[i - 1];
      double gapRight = i == n - 1 ? 0 : s[i + 1] - s[i];
      sigma[i] = Math.max(gapLeft, gapRight);
    }
    return sigma;
  }
}
