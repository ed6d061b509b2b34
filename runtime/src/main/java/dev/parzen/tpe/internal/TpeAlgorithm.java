package dev.parzen.tpe.internal;

import dev.parzen.Algorithm;
import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.Space;
import dev.parzen.internal.Rngs;
import dev.parzen.space.FlatSpace;
import dev.parzen.space.PriorSampler;
import dev.parzen.tpe.TpeOptions;
import java.util.List;
import java.util.Objects;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * The Tree-structured Parzen Estimator behind {@code Algorithms.tpe()}; public only so that the
 * factory and benchmarks can construct it.
 *
 * <p>Randomness: one xoroshiro128++ generator seeded with the suggestion's seed. Until {@code
 * startupTrials} trials count, it draws the whole space from the prior ({@link PriorSampler}).
 * Afterwards it is consumed group by group in topological order; within a group, candidate by
 * candidate: one uniform picks a kernel of l(x), then one uniform per parameter draws from it
 * (univariate estimators: one uniform per candidate for a category, two for a number; a randint too
 * large to model takes one prior draw instead).
 */
public final class TpeAlgorithm implements Algorithm {

  private final TpeOptions options;

  /** TPE with {@code options}. */
  public TpeAlgorithm(TpeOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Assignment suggest(Space<?> space, List<Observation> history, long seed) {
    FlatSpace flat = FlatSpace.of(space);
    Axis[] axes = new Axis[flat.size()];
    for (FlatSpace.Param p : flat.params()) {
      axes[p.index()] = Axis.of(p.dimension(), options.kernels());
    }
    TrialTable table = TrialTable.of(flat, axes, history, options.pending());
    UniformRandomProvider rng = Rngs.create(seed);
    if (table.counted() < options.startupTrials()) {
      return PriorSampler.sample(flat, rng);
    }
    Split split = Split.of(table, options.split());
    GroupProposal proposal = new GroupProposal(table, axes, options);
    Object[] values = new Object[flat.size()];
    for (int[] group : Groups.of(flat, axes, options.multivariate())) {
      if (flat.active(flat.params().get(group[0]), values)) {
        proposal.propose(group, split, rng, values);
      }
    }
    Assignment.Builder out = Assignment.builder();
    for (FlatSpace.Param p : flat.params()) {
      if (values[p.index()] != null) {
        out.put(p.label(), values[p.index()]);
      }
    }
    return out.build();
  }

  @Override
  public String name() {
    return "tpe";
  }

  /** The options this instance runs with. */
  public TpeOptions options() {
    return options;
  }
}
