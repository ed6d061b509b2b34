package dev.parzen.tpe.internal;

/** Small numeric helpers shared by the estimators: weighted index lookup and log-sum-exp. */
final class Sampling {

  private Sampling() {}

  /**
   * The first index whose cumulative weight exceeds {@code target}; the last index with a positive
   * weight when rounding pushes {@code target} past the end.
   */
  static int index(double[] cumulative, double target) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    while (lo > 0 && cumulative[lo] == cumulative[lo - 1]) {
      lo--;
    }
    return lo;
  }

  /** {@code ln Σ exp(terms[i])} over the first {@code n} terms, with the maximum factored out. */
  static double logSumExp(double[] terms, int n) {
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      max = Math.max(max, terms[i]);
    }
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += Math.exp(terms[i] - max);
    }
    return max + Math.log(sum);
  }
}
