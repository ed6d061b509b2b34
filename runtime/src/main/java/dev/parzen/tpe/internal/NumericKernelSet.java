package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;

/**
 * One numeric parameter's side of the joint kernels: centre, width and truncation mass of every
 * kernel, in observation order with the prior last, and the per-kernel log terms.
 */
final class NumericKernelSet {

  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

  private final NumericAxis axis;
  private final double[] mu;
  private final double[] sigma;
  private final double[] mass;
  private final double[] logCoef;
  private final double[] halfPrecision;

  private NumericKernelSet(NumericAxis axis, double[] mu, double[] sigma) {
    int k = mu.length;
    this.axis = axis;
    this.mu = mu;
    this.sigma = sigma;
    this.mass = new double[k];
    this.logCoef = new double[k];
    this.halfPrecision = new double[k];
    for (int i = 0; i < k; i++) {
      mass[i] =
          TruncatedNormals.domainMass(
              (axis.low() - mu[i]) / sigma[i], (axis.high() - mu[i]) / sigma[i]);
      logCoef[i] = -Math.log(axis.discrete() ? mass[i] : SQRT_2PI * sigma[i] * mass[i]);
      halfPrecision[i] = 0.5 / (sigma[i] * sigma[i]);
    }
  }

  /** The kernels on {@code n} observations (model values in trial order) plus the prior. */
  static NumericKernelSet of(NumericAxis axis, double[] values, int n, TpeOptions.Kernels shape) {
    double[] sigma = n == 0 ? new double[0] : Bandwidths.of(values, n, axis, shape).sigma();
    double[] mu = new double[n + 1];
    double[] sig = new double[n + 1];
    System.arraycopy(values, 0, mu, 0, n);
    System.arraycopy(sigma, 0, sig, 0, n);
    mu[n] = axis.priorMu();
    sig[n] = axis.range();
    return new NumericKernelSet(axis, mu, sig);
  }

  /**
   * Multiplies kernel weights by this parameter's truncation masses: one normaliser for the whole
   * mixture is per-kernel truncation with weights {@code w·Z}.
   */
  void scaleByMass(double[] weights) {
    for (int i = 0; i < weights.length; i++) {
      weights[i] *= mass[i];
    }
  }

  /** A draw from kernel {@code k} (model space) for the uniform {@code u}. */
  double sample(int k, double u) {
    double s = sigma[k];
    return mu[k]
        + s * TruncatedNormals.sample((axis.low() - mu[k]) / s, (axis.high() - mu[k]) / s, u);
  }

  /** Adds every kernel's log density at a continuous coordinate to {@code t}. */
  void addContinuousTerms(double x, double[] t) {
    for (int i = 0; i < t.length; i++) {
      double d = x - mu[i];
      t[i] += logCoef[i] - d * d * halfPrecision[i];
    }
  }

  /** Adds every kernel's log bin mass at a quantised coordinate to {@code t}. */
  void addDiscreteTerms(NumericAxis on, double coordinate, double[] t) {
    double lo = on.binLow(coordinate);
    double hi = on.binHigh(coordinate);
    for (int i = 0; i < t.length; i++) {
      double a = (lo - mu[i]) / sigma[i];
      double b = (hi - mu[i]) / sigma[i];
      t[i] += logCoef[i] + TruncatedNormals.logMass(a, b);
    }
  }
}
