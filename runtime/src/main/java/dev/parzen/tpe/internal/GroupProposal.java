package dev.parzen.tpe.internal;

import dev.parzen.space.PriorSampler;
import dev.parzen.tpe.TpeOptions;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The TPE step for one group of parameters: build l(x) on the good rows and g(x) on the bad rows
 * where the group is active, draw candidates from l, keep the one with the largest {@code log l −
 * log g}.
 */
final class GroupProposal {

  private final TrialTable table;
  private final Axis[] axes;
  private final TpeOptions options;

  GroupProposal(TrialTable table, Axis[] axes, TpeOptions options) {
    this.table = table;
    this.axes = axes;
    this.options = options;
  }

  /** Chooses the values of {@code group}'s parameters and stores them in {@code values}. */
  void propose(int[] group, Split split, UniformRandomProvider rng, Object[] values) {
    Axis[] groupAxes = new Axis[group.length];
    for (int d = 0; d < group.length; d++) {
      groupAxes[d] = axes[group[d]];
    }
    if (groupAxes[0] instanceof CategoricalAxis c && !c.modelled()) {
      values[group[0]] = PriorSampler.sample(c.dimension(), rng);
      return;
    }
    Estimator below = estimator(group, groupAxes, split.below());
    Estimator above = estimator(group, groupAxes, split.above());
    Candidates candidates = new Candidates(group.length, options.candidates());
    below.sample(rng, candidates);
    double[] l = new double[candidates.count()];
    double[] g = new double[candidates.count()];
    below.logDensity(candidates, l);
    above.logDensity(candidates, g);
    int best = Acquisition.best(l, g);
    for (int d = 0; d < group.length; d++) {
      values[group[d]] = groupAxes[d].value(candidates.of(d)[best]);
    }
  }

  private Estimator estimator(int[] group, Axis[] groupAxes, int[] rows) {
    double[][] obs = new double[group.length][rows.length];
    int n = 0;
    for (int row : rows) {
      boolean complete = true;
      for (int d = 0; d < group.length && complete; d++) {
        double v = table.column(group[d])[row];
        obs[d][n] = v;
        complete = !Double.isNaN(v);
      }
      n += complete ? 1 : 0;
    }
    double[] weights = LinearForgetting.weights(n, options.forgetting());
    TpeOptions.Kernels shape = options.kernels();
    double pw = options.priorWeight();
    if (group.length > 1) {
      return ParzenEstimator.of(groupAxes, obs, weights, n, pw, shape);
    }
    if (groupAxes[0] instanceof NumericAxis a) {
      Kernels k = AdaptiveParzen.univariate(obs[0], weights, n, a, pw, shape);
      return NumericEstimator.of(k, a, shape.truncation());
    }
    CategoricalAxis c = (CategoricalAxis) groupAxes[0];
    return CategoricalEstimator.of(obs[0], weights, n, c.prior(), pw, shape.categorical());
  }
}
