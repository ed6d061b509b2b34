package dev.parzen.tpe.internal;

/**
 * The sum of Gaussian kernels of one width {@code σ} whose centres lie within {@code σ} of each
 * other, by a Taylor series around their middle: one {@code exp} and {@value #TERMS} multiply-adds
 * per point instead of one {@code exp} per kernel. On long histories most kernels of g(x) are
 * clipped to the same width and crowd a few such cells, so this is where the time of a univariate
 * suggestion went.
 *
 * <p>With {@code u = (x − z)/σ} and {@code a = (μ − z)/σ}: {@code Σ c·exp(−(u − a)²/2) = exp(−u²/2)
 * · Σ_n u^n/n! · Σ c·exp(−a²/2)·a^n}. For {@code |a| <= 1/2} and {@code |u| <= 9.5} (beyond that
 * the estimator skips the cell) the omitted terms are below 2e-17 of the sum.
 */
final class GaussianSeries {

  /** Number of Taylor terms. */
  static final int TERMS = 40;

  /** Below this many kernels, summing them one by one is as cheap. */
  static final int MIN_KERNELS = 8;

  private static final double[] RECIPROCAL = new double[TERMS];

  static {
    for (int n = 0; n < TERMS; n++) {
      RECIPROCAL[n] = 1.0 / (n + 1);
    }
  }

  private final double centre;
  private final double inverseSigma;
  private final double[] coefficients;

  /**
   * The series of kernels {@code from..to-1} with centres {@code mu}, coefficients {@code c} (the
   * kernel's value at its centre) and width {@code sigma}, all within {@code sigma} of each other.
   */
  GaussianSeries(double[] mu, double[] c, int from, int to, double sigma) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int k = from; k < to; k++) {
      lo = Math.min(lo, mu[k]);
      hi = Math.max(hi, mu[k]);
    }
    this.centre = 0.5 * (lo + hi);
    this.inverseSigma = 1 / sigma;
    this.coefficients = new double[TERMS];
    for (int k = from; k < to; k++) {
      double a = (mu[k] - centre) * inverseSigma;
      double term = c[k] * Math.exp(-0.5 * a * a);
      for (int n = 0; n < TERMS; n++) {
        coefficients[n] += term;
        term *= a * RECIPROCAL[n];
      }
    }
  }

  /** {@code Σ c·exp(−(x − μ)²/(2σ²))} over the kernels of the series. */
  double sum(double x) {
    double u = (x - centre) * inverseSigma;
    double p = coefficients[TERMS - 1];
    for (int n = TERMS - 2; n >= 0; n--) {
      p = p * u + coefficients[n];
    }
    return Math.exp(-0.5 * u * u) * p;
  }
}
