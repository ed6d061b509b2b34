package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A one-dimensional Parzen mixture over a numeric parameter: normal kernels truncated to the
 * domain, densities for continuous kinds and bin masses for quantised ones.
 *
 * <p>Speed: kernels are kept sorted by centre in blocks, and a candidate only visits blocks whose
 * kernels come within {@value #REACH} widths of it. A kernel farther away adds less than {@code
 * e^-40} of its peak; against the prior kernel, which is always visited, the omitted mass is below
 * 1e-12 of the density. When even the visited kernels underflow, the density is recomputed exactly
 * in log space.
 */
final class NumericEstimator implements Estimator {

  static final double REACH = 9;
  private static final double CUT = 0.5 * REACH * REACH;
  private static final double TINY = 1e-280;
  private static final int BLOCK = 16;
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

  private final NumericAxis axis;
  private final double[] mu;
  private final double[] sigma;
  private final double[] halfPrecision;
  private final double[] coef;
  private final double[] cumulative;
  private final double[] blockLow;
  private final double[] blockHigh;

  private NumericEstimator(NumericAxis axis, Kernels k, double[] z, double[] mixing) {
    int n = k.size();
    this.axis = axis;
    this.mu = k.mu();
    this.sigma = k.sigma();
    this.halfPrecision = new double[n];
    this.coef = new double[n];
    this.cumulative = new double[n];
    double acc = 0;
    for (int i = 0; i < n; i++) {
      halfPrecision[i] = 0.5 / (sigma[i] * sigma[i]);
      double perMass = mixing[i] / z[i];
      coef[i] = axis.discrete() ? perMass : perMass / (sigma[i] * SQRT_2PI);
      acc += mixing[i];
      cumulative[i] = acc;
    }
    int blocks = (n + BLOCK - 1) / BLOCK;
    this.blockLow = new double[blocks];
    this.blockHigh = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int i = b * BLOCK; i < Math.min(n, (b + 1) * BLOCK); i++) {
        lo = Math.min(lo, mu[i] - REACH * sigma[i]);
        hi = Math.max(hi, mu[i] + REACH * sigma[i]);
      }
      blockLow[b] = lo;
      blockHigh[b] = hi;
    }
  }

  /** The mixture of {@code kernels} (sorted by centre) over {@code axis}. */
  static NumericEstimator of(Kernels kernels, NumericAxis axis, TpeOptions.Truncation truncation) {
    int n = kernels.size();
    double[] z = new double[n];
    double[] mixing = new double[n];
    double accepted = 0;
    for (int i = 0; i < n; i++) {
      double s = kernels.sigma()[i];
      double m = kernels.mu()[i];
      z[i] = TruncatedNormals.domainMass((axis.low() - m) / s, (axis.high() - m) / s);
      mixing[i] = kernels.weight()[i];
      accepted += mixing[i] * z[i];
    }
    if (truncation == TpeOptions.Truncation.MIXTURE) {
      // One normaliser for the mixture = per-kernel truncation with weights w·Z / Σ w·Z.
      for (int i = 0; i < n; i++) {
        mixing[i] = mixing[i] * z[i] / accepted;
      }
    }
    return new NumericEstimator(axis, kernels, z, mixing);
  }

  /**
   * Draws {@code out.count()} candidates; per candidate one uniform picks a kernel by weight and
   * one more is inverted through that kernel's truncated CDF.
   */
  @Override
  public void sample(UniformRandomProvider rng, Candidates out) {
    double[] coordinates = out.of(0);
    double total = cumulative[cumulative.length - 1];
    for (int j = 0; j < coordinates.length; j++) {
      int k = Sampling.index(cumulative, rng.nextDouble() * total);
      double s = sigma[k];
      double z =
          TruncatedNormals.sample(
              (axis.low() - mu[k]) / s, (axis.high() - mu[k]) / s, rng.nextDouble());
      coordinates[j] = axis.coordinate(mu[k] + s * z);
    }
  }

  @Override
  public void logDensity(Candidates candidates, double[] out) {
    double[] coordinates = candidates.of(0);
    for (int j = 0; j < coordinates.length; j++) {
      out[j] = logDensity(coordinates[j]);
    }
  }

  /** The log density (continuous kinds) or log bin mass (quantised kinds) at a coordinate. */
  double logDensity(double coordinate) {
    if (axis.discrete()) {
      return logMass(axis.binLow(coordinate), axis.binHigh(coordinate));
    }
    double x = coordinate;
    double acc = 0;
    for (int b = 0; b < blockLow.length; b++) {
      if (x < blockLow[b] || x > blockHigh[b]) {
        continue;
      }
      int end = Math.min(mu.length, (b + 1) * BLOCK);
      for (int i = b * BLOCK; i < end; i++) {
        double d = x - mu[i];
        double e = d * d * halfPrecision[i];
        if (e < CUT) {
          acc += coef[i] * Math.exp(-e);
        }
      }
    }
    return acc > TINY ? Math.log(acc) : exactLogDensity(x);
  }

  private double exactLogDensity(double x) {
    double[] terms = new double[mu.length];
    for (int i = 0; i < mu.length; i++) {
      double d = x - mu[i];
      terms[i] = Math.log(coef[i]) - d * d * halfPrecision[i];
    }
    return Sampling.logSumExp(terms, terms.length);
  }

  private double logMass(double lo, double hi) {
    double acc = 0;
    for (int b = 0; b < blockLow.length; b++) {
      if (hi < blockLow[b] || lo > blockHigh[b]) {
        continue;
      }
      int end = Math.min(mu.length, (b + 1) * BLOCK);
      for (int i = b * BLOCK; i < end; i++) {
        double a = (lo - mu[i]) / sigma[i];
        double c = (hi - mu[i]) / sigma[i];
        if (a < REACH && c > -REACH) {
          acc += coef[i] * TruncatedNormals.mass(a, c);
        }
      }
    }
    if (acc > TINY) {
      return Math.log(acc);
    }
    double[] terms = new double[mu.length];
    for (int i = 0; i < mu.length; i++) {
      double a = (lo - mu[i]) / sigma[i];
      double c = (hi - mu[i]) / sigma[i];
      terms[i] = Math.log(coef[i]) + TruncatedNormals.logMass(a, c);
    }
    return Sampling.logSumExp(terms, terms.length);
  }
}
