package dev.parzen.tpe.bench;

import java.util.Arrays;

/** Order statistics over seeds, interpolated linearly as numpy's {@code percentile} does. */
public final class Stats {

  private Stats() {}

  /** The {@code q}-quantile ({@code 0 <= q <= 1}) of {@code values}. */
  public static double quantile(double[] values, double q) {
    double[] s = values.clone();
    Arrays.sort(s);
    double pos = q * (s.length - 1);
    int lo = (int) Math.floor(pos);
    int hi = Math.min(lo + 1, s.length - 1);
    return s[lo] + (pos - lo) * (s[hi] - s[lo]);
  }

  /** The median of {@code values}. */
  public static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** The fraction of {@code values} at most {@code target}. */
  public static double successRate(double[] values, double target) {
    int hits = 0;
    for (double v : values) {
      hits += v <= target ? 1 : 0;
    }
    return (double) hits / values.length;
  }

  /** {@code x} in four significant digits, plain or scientific, whichever reads better. */
  public static String format(double x) {
    if (x == 0 || (Math.abs(x) >= 1e-3 && Math.abs(x) < 1e5)) {
      return new java.math.BigDecimal(x)
          .round(new java.math.MathContext(4))
          .stripTrailingZeros()
          .toPlainString();
    }
    return String.format(java.util.Locale.ROOT, "%.3e", x);
  }
}
