package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A one-dimensional Parzen mixture over a numeric parameter: normal kernels truncated to the
 * domain, densities for continuous kinds and bin masses for quantised ones.
 *
 * <p>Speed: a candidate only visits the {@link KernelBlocks} that come within {@value
 * KernelBlocks#REACH} widths of it. A kernel farther away adds less than {@code e^-40} of its peak;
 * against the prior kernel, which is always visited, the omitted mass is below 1e-12 of the
 * density. When even the visited kernels underflow, the density is recomputed exactly in log space.
 */
final class NumericEstimator implements Estimator {

  private static final double TINY = 1e-280;
  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);

  private final NumericAxis axis;
  private final double[] mu;
  private final double[] sigma;
  private final double[] cumulative;
  private final KernelBlocks blocks;

  private NumericEstimator(NumericAxis axis, Kernels k, double[] z, double[] mixing) {
    int n = k.size();
    this.axis = axis;
    this.mu = k.mu();
    this.sigma = k.sigma();
    this.cumulative = new double[n];
    double[] coef = new double[n];
    double acc = 0;
    for (int i = 0; i < n; i++) {
      double perMass = mixing[i] / z[i];
      coef[i] = axis.discrete() ? perMass : perMass / (sigma[i] * SQRT_2PI);
      acc += mixing[i];
      cumulative[i] = acc;
    }
    this.blocks = new KernelBlocks(mu, sigma, coef, !axis.discrete());
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
      double lo = axis.binLow(coordinate);
      double hi = axis.binHigh(coordinate);
      double mass = blocks.mass(lo, hi);
      return mass > TINY ? Math.log(mass) : blocks.logMassExactly(lo, hi);
    }
    double density = blocks.density(coordinate);
    return density > TINY ? Math.log(density) : blocks.logDensityExactly(coordinate);
  }

  /** The exact log density in log space over every kernel, for tests of the fast path. */
  double logDensityExactly(double coordinate) {
    return axis.discrete()
        ? blocks.logMassExactly(axis.binLow(coordinate), axis.binHigh(coordinate))
        : blocks.logDensityExactly(coordinate);
  }
}
