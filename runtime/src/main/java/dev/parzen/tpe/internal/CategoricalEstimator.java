package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The density of one categorical parameter: a probability per category, mixed from the observed
 * categories and the prior.
 */
final class CategoricalEstimator implements Estimator {

  private final double[] logP;
  private final double[] cumulative;

  private CategoricalEstimator(double[] p) {
    this.logP = new double[p.length];
    this.cumulative = new double[p.length];
    double acc = 0;
    for (int c = 0; c < p.length; c++) {
      logP[c] = Math.log(p[c]);
      acc += p[c];
      cumulative[c] = acc;
    }
  }

  /**
   * The estimator on {@code n} observed categories.
   *
   * @param categories the observed category indices, in trial order
   * @param weights their weights, in trial order
   * @param prior the prior probability of each category
   * @param priorWeight the prior's weight relative to an observation of weight 1
   */
  static CategoricalEstimator of(
      double[] categories,
      double[] weights,
      int n,
      double[] prior,
      double priorWeight,
      TpeOptions.Categorical rule) {
    return new CategoricalEstimator(
        rule == TpeOptions.Categorical.PSEUDO_COUNTS
            ? pseudoCounts(categories, weights, n, prior, priorWeight)
            : smoothed(categories, weights, n, prior, priorWeight));
  }

  /**
   * Hyperopt: {@code p[c] ∝ counts[c] + K · priorWeight · prior[c]}, counts weighted by forgetting;
   * with a uniform prior that is {@code counts[c] + priorWeight}.
   */
  static double[] pseudoCounts(
      double[] categories, double[] weights, int n, double[] prior, double priorWeight) {
    int size = prior.length;
    double[] p = new double[size];
    for (int c = 0; c < size; c++) {
      p[c] = size * priorWeight * prior[c];
    }
    for (int i = 0; i < n; i++) {
      p[(int) categories[i]] += weights[i];
    }
    return normalised(p, prior);
  }

  /**
   * Optuna: each observation is a kernel {@code (onehot + ε·K·prior) / (1 + K·ε)} with {@code ε =
   * priorWeight / (n + 1)}, mixed with the prior kernel by weights {@code [weights…, priorWeight]}.
   */
  static double[] smoothed(
      double[] categories, double[] weights, int n, double[] prior, double priorWeight) {
    int size = prior.length;
    double[] w = new double[n + 1];
    System.arraycopy(weights, 0, w, 0, n);
    w[n] = priorWeight;
    AdaptiveParzen.normalise(w, n);
    double eps = priorWeight / (n + 1);
    double onehot = 1 / (1 + size * eps);
    double spread = w[n];
    double[] p = new double[size];
    for (int i = 0; i < n; i++) {
      p[(int) categories[i]] += w[i] * onehot;
      spread += w[i] * (1 - onehot);
    }
    for (int c = 0; c < size; c++) {
      p[c] += spread * prior[c];
    }
    return p;
  }

  private static double[] normalised(double[] p, double[] prior) {
    double sum = 0;
    for (double x : p) {
      sum += x;
    }
    if (!(sum > 0)) {
      return prior.clone();
    }
    for (int c = 0; c < p.length; c++) {
      p[c] /= sum;
    }
    return p;
  }

  /** Draws {@code out.count()} categories, one uniform each, by inverting the cumulative. */
  @Override
  public void sample(UniformRandomProvider rng, Candidates out) {
    double[] coordinates = out.of(0);
    double total = cumulative[cumulative.length - 1];
    for (int j = 0; j < coordinates.length; j++) {
      coordinates[j] = Sampling.index(cumulative, rng.nextDouble() * total);
    }
  }

  @Override
  public void logDensity(Candidates candidates, double[] out) {
    double[] coordinates = candidates.of(0);
    for (int j = 0; j < coordinates.length; j++) {
      out[j] = logP[(int) coordinates[j]];
    }
  }

  /** The log probability of category {@code c}. */
  double logProbability(int c) {
    return logP[c];
  }
}
