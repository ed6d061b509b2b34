package dev.parzen.diagnostics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.HypergeometricDistribution;
import org.apache.commons.statistics.distribution.TDistribution;

/** The few statistics the rules need, written out because they are small and must handle ties. */
final class Stats {

  private Stats() {}

  /**
   * A Spearman rank correlation and its two-sided p-value.
   *
   * @param rho the correlation of the ranks, in [-1, 1]; 0 when either side is constant
   * @param p the two-sided p-value of the t approximation with n − 2 degrees of freedom
   */
  record Correlation(double rho, double p) {}

  /** The median; NaN for no values. */
  static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] s = values.clone();
    Arrays.sort(s);
    int m = s.length / 2;
    return s.length % 2 == 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }

  /** Ranks from 1; tied values share the mean of the ranks they span. */
  static double[] ranks(double[] values) {
    Integer[] order =
        IntStream.range(0, values.length)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> values[i]))
            .toArray(Integer[]::new);
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double shared = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = shared;
      }
      i = j + 1;
    }
    return ranks;
  }

  /** The Spearman correlation of {@code x} and {@code y} (same length, at least 3). */
  static Correlation spearman(double[] x, double[] y) {
    double rho = pearson(ranks(x), ranks(y));
    int n = x.length;
    if (Math.abs(rho) >= 1) {
      return new Correlation(Math.signum(rho), 0);
    }
    double t = rho * Math.sqrt((n - 2) / (1 - rho * rho));
    double p = 2 * TDistribution.of(n - 2).survivalProbability(Math.abs(t));
    return new Correlation(rho, p);
  }

  private static double pearson(double[] x, double[] y) {
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxx == 0 || syy == 0 ? 0 : sxy / Math.sqrt(sxx * syy);
  }

  /**
   * The one-sided p-value of Fisher's exact test that a group of {@code groupSize} trials holding
   * {@code groupFailures} of all {@code failures} among {@code total} trials fails more often than
   * the rest: the chance of at least that many failures in a group drawn at random.
   */
  static double fisherGreater(int groupFailures, int groupSize, int failures, int total) {
    HypergeometricDistribution h = HypergeometricDistribution.of(total, failures, groupSize);
    return h.survivalProbability(groupFailures - 1);
  }
}
