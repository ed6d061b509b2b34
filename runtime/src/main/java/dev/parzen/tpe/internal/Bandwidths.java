package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;

/**
 * The two bandwidth rules: each observation's kernel is as wide as the larger gap to its
 * neighbours, clipped to {@code [range / min(100, n + 2), range]}.
 *
 * @param sigma the width of each observation's kernel, in trial order
 * @param order the observations ordered by value (small sets) or grouped by value into cells (large
 *     sets); either way neighbours in value are close in this order
 * @param sorted whether {@code order} is fully sorted by (value, index)
 */
record Bandwidths(double[] sigma, int[] order, boolean sorted) {

  /** Below this many observations, sorting is as cheap as bucketing. */
  private static final int SORT_BELOW = 64;

  /**
   * The widths of the kernels on {@code n} observations ({@code values} in trial order) over {@code
   * axis}.
   */
  static Bandwidths of(double[] values, int n, NumericAxis axis, TpeOptions.Kernels shape) {
    double range = axis.range();
    double min = shape.magicClip() ? range / Math.min(100, n + 2) : 1e-12 * range;
    boolean prior = shape.bandwidth() == TpeOptions.Bandwidth.PRIOR_NEIGHBOUR;
    double[] sigma = new double[n];
    if (n == 1) {
      sigma[0] = prior ? 0.5 * range : Math.max(values[0] - axis.low(), axis.high() - values[0]);
      return clip(sigma, new int[] {0}, true, min, range);
    }
    CellGaps cells =
        n >= SORT_BELOW && shape.magicClip()
            ? CellGaps.of(values, n, axis.priorMu(), prior, min)
            : null;
    if (cells == null) {
      return bySorting(values, n, axis, shape);
    }
    for (int i = 0; i < n; i++) {
      sigma[i] = Math.max(cells.left(i), cells.right(i));
    }
    return clip(sigma, cells.order(), false, min, range);
  }

  /** The same widths, computed on the sorted values (any {@code n >= 2}). */
  static Bandwidths bySorting(double[] values, int n, NumericAxis axis, TpeOptions.Kernels shape) {
    double range = axis.range();
    double min = shape.magicClip() ? range / Math.min(100, n + 2) : 1e-12 * range;
    boolean prior = shape.bandwidth() == TpeOptions.Bandwidth.PRIOR_NEIGHBOUR;
    int[] order = StableOrder.by(values, n);
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = values[order[i]];
    }
    double[] gaps = prior ? priorNeighbour(s, n, axis.priorMu()) : neighbours(s, n);
    double[] sigma = new double[n];
    for (int i = 0; i < n; i++) {
      sigma[order[i]] = gaps[i];
    }
    return clip(sigma, order, true, min, range);
  }

  private static Bandwidths clip(
      double[] sigma, int[] order, boolean sorted, double min, double range) {
    for (int i = 0; i < sigma.length; i++) {
      sigma[i] = Math.min(range, Math.max(min, sigma[i]));
    }
    return new Bandwidths(sigma, order, sorted);
  }

  /** Hyperopt: the prior mean sits among the sorted values and acts as a neighbour. */
  static double[] priorNeighbour(double[] s, int n, double priorMu) {
    double[] gaps = new double[n];
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
      gaps[i] = Math.max(gapLeft, gapRight);
    }
    return gaps;
  }

  /** Optuna: neighbours only; the first and last values measure to their single neighbour. */
  static double[] neighbours(double[] s, int n) {
    double[] gaps = new double[n];
    for (int i = 0; i < n; i++) {
      double gapLeft = i == 0 ? 0 : s[i] - s[i - 1];
      double gapRight = i == n - 1 ? 0 : s[i + 1] - s[i];
      gaps[i] = Math.max(gapLeft, gapRight);
    }
    return gaps;
  }
}
