package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Parzen mixture of product kernels over several parameters at once (multivariate TPE): kernel
 * {@code i} puts a truncated normal (or a smoothed one-hot row) on every parameter of observation
 * {@code i}, so values that were good together are proposed together. The last kernel is the prior.
 */
final class ParzenEstimator implements Estimator {

  /** Kernels this far below the largest log term add less than 1e-21 each: skipped. */
  private static final double NEGLIGIBLE = -50;

  private final Axis[] axes;
  private final int kernels;
  private final double[] logWeight;
  private final double[] cumulative;
  private final NumericKernelSet[] numeric;
  private final CategoricalKernelSet[] categorical;

  private ParzenEstimator(
      Axis[] axes, double[] mixing, NumericKernelSet[] numeric, CategoricalKernelSet[] cat) {
    this.axes = axes;
    this.kernels = mixing.length;
    this.numeric = numeric;
    this.categorical = cat;
    this.logWeight = new double[kernels];
    this.cumulative = new double[kernels];
    double acc = 0;
    for (int k = 0; k < kernels; k++) {
      logWeight[k] = Math.log(mixing[k]);
      acc += mixing[k];
      cumulative[k] = acc;
    }
  }

  /**
   * The joint estimator on {@code n} observations.
   *
   * @param axes the parameters of the group
   * @param values per parameter, the model values of the observations in trial order
   * @param weights the observations' weights, in trial order
   */
  static ParzenEstimator of(
      Axis[] axes,
      double[][] values,
      double[] weights,
      int n,
      double priorWeight,
      TpeOptions.Kernels shape) {
    double[] mixing = new double[n + 1];
    System.arraycopy(weights, 0, mixing, 0, n);
    mixing[n] = priorWeight;
    AdaptiveParzen.normalise(mixing, n);
    NumericKernelSet[] numeric = new NumericKernelSet[axes.length];
    CategoricalKernelSet[] cat = new CategoricalKernelSet[axes.length];
    for (int d = 0; d < axes.length; d++) {
      if (axes[d] instanceof NumericAxis a) {
        numeric[d] = NumericKernelSet.of(a, values[d], n, shape);
        if (shape.truncation() == TpeOptions.Truncation.MIXTURE) {
          numeric[d].scaleByMass(mixing);
        }
      } else {
        CategoricalAxis a = (CategoricalAxis) axes[d];
        cat[d] = CategoricalKernelSet.of(a, values[d], n, priorWeight, shape.categorical());
      }
    }
    AdaptiveParzen.normalise(mixing, n);
    return new ParzenEstimator(axes, mixing, numeric, cat);
  }

  /**
   * Draws {@code out.count()} candidates; per candidate one uniform picks a kernel by weight, then
   * one uniform per parameter, in group order, draws from that kernel.
   */
  @Override
  public void sample(UniformRandomProvider rng, Candidates out) {
    for (int j = 0; j < out.count(); j++) {
      int k = Sampling.index(cumulative, rng.nextDouble() * cumulative[kernels - 1]);
      for (int d = 0; d < axes.length; d++) {
        double u = rng.nextDouble();
        out.of(d)[j] =
            numeric[d] != null
                ? ((NumericAxis) axes[d]).coordinate(numeric[d].sample(k, u))
                : categorical[d].sample(k, u);
      }
    }
  }

  @Override
  public void logDensity(Candidates candidates, double[] out) {
    int count = candidates.count();
    double[][][] shared = new double[axes.length][][];
    for (int d = 0; d < axes.length; d++) {
      if (numeric[d] == null || ((NumericAxis) axes[d]).discrete()) {
        shared[d] = termsByCandidate(d, candidates.of(d));
      }
    }
    double[] t = new double[kernels];
    for (int j = 0; j < count; j++) {
      System.arraycopy(logWeight, 0, t, 0, kernels);
      for (int d = 0; d < axes.length; d++) {
        if (shared[d] != null) {
          double[] terms = shared[d][j];
          for (int k = 0; k < kernels; k++) {
            t[k] += terms[k];
          }
        } else {
          numeric[d].addContinuousTerms(candidates.of(d)[j], t);
        }
      }
      out[j] = logSumExp(t);
    }
  }

  /** Per candidate, the log terms of one discrete or categorical parameter; equal values share. */
  private double[][] termsByCandidate(int d, double[] coordinates) {
    double[][] out = new double[coordinates.length][];
    for (int j = 0; j < coordinates.length; j++) {
      for (int i = 0; i < j && out[j] == null; i++) {
        if (coordinates[i] == coordinates[j]) {
          out[j] = out[i];
        }
      }
      if (out[j] == null) {
        out[j] = new double[kernels];
        if (numeric[d] != null) {
          numeric[d].addDiscreteTerms((NumericAxis) axes[d], coordinates[j], out[j]);
        } else {
          categorical[d].addTerms((int) coordinates[j], out[j]);
        }
      }
    }
    return out;
  }

  private static double logSumExp(double[] t) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : t) {
      max = Math.max(max, x);
    }
    if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double x : t) {
      double e = x - max;
      if (e > NEGLIGIBLE) {
        sum += Math.exp(e);
      }
    }
    return max + Math.log(sum);
  }
}
