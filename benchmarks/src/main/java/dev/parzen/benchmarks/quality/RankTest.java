package dev.parzen.benchmarks.quality;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The two-sided Mann-Whitney U test of two samples, by the normal approximation with the tie
 * correction and the continuity correction (as SciPy's {@code mannwhitneyu(method="asymptotic")}).
 * Suited to the 30-seed samples here; exact p-values of tiny samples are out of its scope.
 *
 * @param u the U statistic of the first sample: how many (x, y) pairs have x above y, ties half
 * @param meanU the U expected when both samples come from one distribution, {@code n·m / 2}
 * @param p the two-sided p-value, in {@code [0, 1]}; 1 when every value is tied
 */
public record RankTest(double u, double meanU, double p) {

  private static final NormalDistribution NORMAL = NormalDistribution.of(0, 1);

  /**
   * Tests whether {@code x} and {@code y} come from one distribution.
   *
   * @throws IllegalArgumentException when a sample is empty or holds NaN
   */
  public static RankTest of(double[] x, double[] y) {
    int n = x.length;
    int m = y.length;
    if (n == 0 || m == 0) {
      throw new IllegalArgumentException(
          "a rank test needs two non-empty samples, got sizes %d and %d".formatted(n, m));
    }
    double[] all = new double[n + m];
    System.arraycopy(x, 0, all, 0, n);
    System.arraycopy(y, 0, all, n, m);
    Arrays.sort(all);
    if (Double.isNaN(all[all.length - 1])) {
      throw new IllegalArgumentException("a rank test sample holds NaN: " + Arrays.toString(all));
    }
    double rankSum = 0;
    for (double v : x) {
      rankSum += midRank(all, v);
    }
    double u = rankSum - n * (n + 1) / 2.0;
    double meanU = n * (double) m / 2;
    double total = n + m;
    double variance = n * (double) m / 12 * ((total + 1) - tieSum(all) / (total * (total - 1)));
    if (variance <= 0) {
      return new RankTest(u, meanU, 1);
    }
    double z = (Math.abs(u - meanU) - 0.5) / Math.sqrt(variance);
    return new RankTest(u, meanU, Math.min(1, 2 * NORMAL.survivalProbability(z)));
  }

  /** True when the first sample tends to the smaller values: {@code U < n·m / 2}. */
  public boolean firstIsSmaller() {
    return u < meanU;
  }

  /** The 1-based rank of {@code v} in sorted {@code all}, averaged over its ties. */
  private static double midRank(double[] all, double v) {
    int first = lowerBound(all, v);
    int last = lowerBound(all, Math.nextUp(v)) - 1;
    return (first + last) / 2.0 + 1;
  }

  /** The first index of sorted {@code a} holding a value {@code >= v}. */
  private static int lowerBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@code Σ (t³ − t)} over the groups of {@code t} tied values in sorted {@code all}. */
  private static double tieSum(double[] all) {
    double sum = 0;
    int i = 0;
    while (i < all.length) {
      int j = i;
      while (j + 1 < all.length && all[j + 1] == all[i]) {
        j++;
      }
      double t = j - i + 1;
      sum += t * t * t - t;
      i = j + 1;
    }
    return sum;
  }
}
