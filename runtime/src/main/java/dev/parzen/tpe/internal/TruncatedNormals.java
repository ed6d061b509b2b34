package dev.parzen.tpe.internal;

import org.apache.commons.numbers.gamma.ErfDifference;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;
import org.apache.commons.numbers.gamma.InverseErfc;

/**
 * The standard normal's CDF, masses and truncated draws, accurate far in the tails; TPE's kernels
 * are normals cut to a domain or a quantisation bin. Arguments are z-scores.
 */
final class TruncatedNormals {

  /** {@code ln √(2π)}. */
  static final double LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  /** Beyond this z-score a tail holds less than 1e-17: a kernel this far inside has mass 1. */
  static final double INSIDE = 8.5;

  /** Beyond this z-score a domain's tail comes from its asymptotic series. */
  private static final double TAIL = 6;

  /** Bins narrower than this (in z units) are integrated directly. */
  private static final double NARROW = 1e-3;

  private static final double SQRT2 = Math.sqrt(2);
  private static final double LOG_HALF = Math.log(0.5);

  private TruncatedNormals() {}

  /** {@code Φ(z)}. */
  static double cdf(double z) {
    return 0.5 * Erfc.value(-z / SQRT2);
  }

  /**
   * The mass of a kernel's domain, {@code Φ(b) − Φ(a)} for {@code a <= 0 <= b}, to an absolute
   * error below 1e-13: enough for a normaliser, and tails beyond 6 come from their asymptotic
   * series (one {@code exp} instead of an {@code erfc} for every kernel near a bound).
   */
  static double domainMass(double a, double b) {
    if (a > 0 || b < 0) {
      return mass(a, b);
    }
    double below = a <= -INSIDE ? 0 : a <= -TAIL ? tail(-a) : cdf(a);
    double above = b >= INSIDE ? 0 : b >= TAIL ? tail(b) : cdf(-b);
    return 1 - below - above;
  }

  /**
   * {@code 1 − Φ(z)} for {@code z >= 6} by its asymptotic series; the first omitted term is below
   * 2e-5 of a value below 1e-9.
   */
  private static double tail(double z) {
    double r = 1 / (z * z);
    double series = 1 - r * (1 - 3 * r * (1 - 5 * r * (1 - 7 * r)));
    return density(z) / z * series;
  }

  /** {@code ln Φ(z)}, without underflow for very negative {@code z}. */
  static double logCdf(double z) {
    if (z > -1) {
      return Math.log1p(-0.5 * Erfc.value(z / SQRT2));
    }
    double t = -z / SQRT2;
    return LOG_HALF - t * t + Math.log(Erfcx.value(t));
  }

  /** {@code Φ(b) − Φ(a)} for {@code a <= b}, accurate when both lie in the same tail. */
  static double mass(double a, double b) {
    if (a <= -INSIDE && b >= INSIDE) {
      return 1;
    }
    if (a <= -INSIDE) {
      return cdf(b);
    }
    if (b >= INSIDE) {
      return cdf(-a);
    }
    if (b - a < NARROW) {
      // A difference of nearly equal erf values cancels; two-point Gauss is exact to O(h^4).
      double mid = 0.5 * (a + b);
      double offset = (b - a) / (2 * Math.sqrt(3));
      return 0.5 * (b - a) * (density(mid - offset) + density(mid + offset));
    }
    return 0.5 * ErfDifference.value(a / SQRT2, b / SQRT2);
  }

  /** {@code φ(z)}. */
  static double density(double z) {
    return Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
  }

  /** {@code ln(Φ(b) − Φ(a))} for {@code a <= b}; finite even when the mass underflows. */
  static double logMass(double a, double b) {
    double m = mass(a, b);
    if (m > 1e-250) {
      return Math.log(m);
    }
    if (a >= b) {
      return Double.NEGATIVE_INFINITY;
    }
    if (a > 0) {
      double lo = -b;
      b = -a;
      a = lo;
    }
    // Both ends in the left tail now: ln Φ(b) + ln(1 − Φ(a)/Φ(b)).
    double lb = logCdf(b);
    return lb + Math.log1p(-Math.exp(logCdf(a) - lb));
  }

  /** {@code Φ⁻¹(p)} for {@code 0 <= p <= 1}. */
  static double inverseCdf(double p) {
    return -SQRT2 * InverseErfc.value(2 * p);
  }

  /**
   * The z-score that a uniform {@code u} in {@code [0, 1)} maps to under a normal truncated to
   * {@code [a, b]}, by the inverse CDF; the side of the median is picked so that the tail
   * probability, not its complement, is inverted.
   */
  static double sample(double a, double b, double u) {
    if (a > 0) {
      return -sample(-b, -a, 1 - u);
    }
    double lower = a == Double.NEGATIVE_INFINITY ? 0 : cdf(a);
    double upper = b == Double.POSITIVE_INFINITY ? 0 : cdf(-b);
    double inside = b < 0 ? mass(a, b) : 1 - lower - upper;
    double fromLeft = lower + u * inside;
    double z;
    if (fromLeft <= 0.5) {
      z = inverseCdf(Math.max(fromLeft, Double.MIN_NORMAL));
    } else {
      z = -inverseCdf(upper + (1 - u) * inside);
    }
    return Math.min(b, Math.max(a, z));
  }
}
