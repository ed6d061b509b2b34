package dev.parzen.tpe.internal;

import java.util.Arrays;

/**
 * A one-dimensional mixture's kernels in blocks of neighbours of one width, so that a point only
 * visits the blocks that reach it and a crowded block is summed by its {@link GaussianSeries}. The
 * kernels come ordered so that neighbours in value are adjacent (sorted, or grouped in cells).
 */
final class KernelBlocks {

  /** A kernel adds less than {@code e^-40} of its peak beyond this many widths. */
  static final double REACH = 9;

  private static final double CUT = 0.5 * REACH * REACH;

  private final double[] mu;
  private final double[] sigma;
  private final double[] halfPrecision;
  private final double[] coef;
  private final int[] start;
  private final double[] low;
  private final double[] high;
  private final GaussianSeries[] series;
  private final boolean expand;

  /**
   * Blocks over kernels with centres {@code mu}, widths {@code sigma} and coefficients {@code
   * coef}; with {@code expand}, blocks of at least {@link GaussianSeries#MIN_KERNELS} kernels are
   * summed by series.
   */
  KernelBlocks(double[] mu, double[] sigma, double[] coef, boolean expand) {
    int n = mu.length;
    this.mu = mu;
    this.sigma = sigma;
    this.coef = coef;
    this.halfPrecision = new double[n];
    int[] starts = new int[n + 1];
    int blocks = 0;
    double min = 0;
    double max = 0;
    for (int i = 0; i < n; i++) {
      halfPrecision[i] = 0.5 / (sigma[i] * sigma[i]);
      boolean fits =
          blocks > 0
              && sigma[i] == sigma[starts[blocks - 1]]
              && Math.max(max, mu[i]) - Math.min(min, mu[i]) <= sigma[i];
      if (!fits) {
        starts[blocks++] = i;
        min = mu[i];
        max = mu[i];
      }
      min = Math.min(min, mu[i]);
      max = Math.max(max, mu[i]);
    }
    starts[blocks] = n;
    this.start = Arrays.copyOf(starts, blocks + 1);
    this.low = new double[blocks];
    this.high = new double[blocks];
    this.series = new GaussianSeries[blocks];
    this.expand = expand;
    for (int b = 0; b < blocks; b++) {
      reach(b);
    }
  }

  private void reach(int b) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = start[b]; i < start[b + 1]; i++) {
      lo = Math.min(lo, mu[i] - REACH * sigma[i]);
      hi = Math.max(hi, mu[i] + REACH * sigma[i]);
    }
    low[b] = lo;
    high[b] = hi;
  }

  /** {@code Σ coef·exp(−(x − μ)²/(2σ²))} over the kernels that reach {@code x}. */
  double density(double x) {
    double acc = 0;
    for (int b = 0; b < low.length; b++) {
      if (x < low[b] || x > high[b]) {
        continue;
      }
      GaussianSeries crowd = series(b);
      if (crowd != null) {
        acc += crowd.sum(x);
        continue;
      }
      for (int i = start[b]; i < start[b + 1]; i++) {
        double d = x - mu[i];
        double e = d * d * halfPrecision[i];
        if (e < CUT) {
          acc += coef[i] * Math.exp(-e);
        }
      }
    }
    return acc;
  }

  /**
   * The series of block {@code b}, built when a point first reaches it (most blocks of g(x) are
   * never reached by any candidate); {@code null} for blocks summed kernel by kernel. Not
   * thread-safe, like the estimator that owns it, which lives for one suggestion.
   */
  private GaussianSeries series(int b) {
    if (series[b] == null && expand && start[b + 1] - start[b] >= GaussianSeries.MIN_KERNELS) {
      series[b] = new GaussianSeries(mu, coef, start[b], start[b + 1], sigma[start[b]]);
    }
    return series[b];
  }

  /**
   * {@code Σ coef·(Φ((hi − μ)/σ) − Φ((lo − μ)/σ))} over the kernels that reach {@code [lo, hi]}.
   */
  double mass(double lo, double hi) {
    double acc = 0;
    for (int b = 0; b < low.length; b++) {
      if (hi < low[b] || lo > high[b]) {
        continue;
      }
      for (int i = start[b]; i < start[b + 1]; i++) {
        double a = (lo - mu[i]) / sigma[i];
        double c = (hi - mu[i]) / sigma[i];
        if (a < REACH && c > -REACH) {
          acc += coef[i] * TruncatedNormals.mass(a, c);
        }
      }
    }
    return acc;
  }

  /** The exact {@code ln Σ coef·exp(−(x − μ)²/(2σ²))} over every kernel, in log space. */
  double logDensityExactly(double x) {
    double[] terms = new double[mu.length];
    for (int i = 0; i < mu.length; i++) {
      double d = x - mu[i];
      terms[i] = Math.log(coef[i]) - d * d * halfPrecision[i];
    }
    return Sampling.logSumExp(terms, terms.length);
  }

  /** The exact {@code ln Σ coef·(Φ(b) − Φ(a))} over every kernel, in log space. */
  double logMassExactly(double lo, double hi) {
    double[] terms = new double[mu.length];
    for (int i = 0; i < mu.length; i++) {
      double a = (lo - mu[i]) / sigma[i];
      double c = (hi - mu[i]) / sigma[i];
      terms[i] = Math.log(coef[i]) + TruncatedNormals.logMass(a, c);
    }
    return Sampling.logSumExp(terms, terms.length);
  }
}
