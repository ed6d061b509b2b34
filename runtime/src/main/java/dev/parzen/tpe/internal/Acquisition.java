package dev.parzen.tpe.internal;

/** Picks the candidate with the largest {@code log l(x) − log g(x)}: TPE's stand-in for EI. */
final class Acquisition {

  private Acquisition() {}

  /**
   * The index of the largest score {@code l[j] − g[j]}; the first on ties; {@code NaN} scores count
   * as {@code −∞}.
   */
  static int best(double[] l, double[] g) {
    int best = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < l.length; j++) {
      double score = l[j] - g[j];
      if (score > top) {
        top = score;
        best = j;
      }
    }
    return best;
  }
}
