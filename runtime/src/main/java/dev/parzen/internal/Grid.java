package dev.parzen.internal;

import java.math.BigDecimal;

/** Rounding to a quantisation grid anchored at zero, kept inside the dimension's bounds. */
public final class Grid {

  private Grid() {}

  /**
   * Rounds {@code x} half-to-even to a multiple of {@code q}, then moves it to the nearest grid
   * point inside {@code [lower, upper]} when rounding left the bounds.
   *
   * <p>The multiple is formed in decimal arithmetic so that {@code 3 × 0.1} is {@code 0.3}, not
   * {@code 0.30000000000000004}: users read these values in reports and pass them to libraries.
   */
  public static double snap(double x, double q, double lower, double upper) {
    double k = Math.rint(x / q);
    k = Math.max(k, firstIndex(lower, q));
    k = Math.min(k, lastIndex(upper, q));
    return multiple(k, q);
  }

  /** The index of the first grid point at or above {@code lower}. */
  public static double firstIndex(double lower, double q) {
    if (Double.isInfinite(lower)) {
      return Double.NEGATIVE_INFINITY;
    }
    return Math.ceil(lower / q - 1e-9);
  }

  /** The index of the last grid point at or below {@code upper}. */
  public static double lastIndex(double upper, double q) {
    if (Double.isInfinite(upper)) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.floor(upper / q + 1e-9);
  }

  /** {@code k × q}, exact in decimal. */
  public static double multiple(double k, double q) {
    if (k == 0) {
      return 0.0;
    }
    if (Math.abs(k) < 1e15) {
      return new BigDecimal((long) k).multiply(BigDecimal.valueOf(q)).doubleValue();
    }
    return k * q;
  }
}
