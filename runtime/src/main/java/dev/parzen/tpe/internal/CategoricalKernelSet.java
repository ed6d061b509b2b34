package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;

/**
 * One categorical parameter's side of the joint kernels: kernel {@code i} puts weight {@code
 * onehot} on observation {@code i}'s category and spreads the rest by the prior; the prior kernel
 * (last) is the prior itself.
 */
final class CategoricalKernelSet {

  private final int[] category;
  private final double onehot;
  private final double[] prior;
  private final double[] priorCumulative;

  private CategoricalKernelSet(int[] category, double onehot, double[] prior) {
    this.category = category;
    this.onehot = onehot;
    this.prior = prior;
    this.priorCumulative = new double[prior.length];
    double acc = 0;
    for (int c = 0; c < prior.length; c++) {
      acc += prior[c];
      priorCumulative[c] = acc;
    }
  }

  /**
   * The kernels on {@code n} observed categories: smoothed as Optuna does ({@code onehot = 1 / (1 +
   * K·priorWeight / (n + 1))}) or, for pseudo-counts, plain one-hot rows.
   */
  static CategoricalKernelSet of(
      CategoricalAxis axis,
      double[] values,
      int n,
      double priorWeight,
      TpeOptions.Categorical rule) {
    int[] category = new int[n + 1];
    for (int i = 0; i < n; i++) {
      category[i] = (int) values[i];
    }
    category[n] = -1;
    double onehot =
        rule == TpeOptions.Categorical.SMOOTHED_KERNELS
            ? 1 / (1 + axis.size() * priorWeight / (n + 1))
            : 1;
    return new CategoricalKernelSet(category, onehot, axis.prior());
  }

  /** A draw from kernel {@code k} for the uniform {@code u}. */
  double sample(int k, double u) {
    if (category[k] < 0) {
      return Sampling.index(priorCumulative, u * priorCumulative[prior.length - 1]);
    }
    if (u < onehot) {
      return category[k];
    }
    double rest = (u - onehot) / (1 - onehot);
    return Sampling.index(priorCumulative, rest * priorCumulative[prior.length - 1]);
  }

  /** Adds every kernel's log probability of category {@code c} to {@code t}. */
  void addTerms(int c, double[] t) {
    double spread = Math.log((1 - onehot) * prior[c]);
    double hit = Math.log(onehot + (1 - onehot) * prior[c]);
    double logPrior = Math.log(prior[c]);
    for (int i = 0; i < t.length; i++) {
      int own = category[i];
      t[i] += own < 0 ? logPrior : own == c ? hit : spread;
    }
  }
}
