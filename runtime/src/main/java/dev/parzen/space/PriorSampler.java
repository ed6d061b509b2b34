package dev.parzen.space;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Draws from a space's prior: what random search does, and what TPE does before it has a model.
 * Draws for a parameter consume the generator in topological order, one parameter at a time.
 */
public final class PriorSampler {

  private PriorSampler() {}

  /** One independent draw of every active parameter of {@code space}. */
  public static Assignment sample(FlatSpace space, UniformRandomProvider rng) {
    List<FlatSpace.Param> params = space.params();
    Object[] values = new Object[params.size()];
    Assignment.Builder out = Assignment.builder();
    for (FlatSpace.Param p : params) {
      if (!space.active(p, values)) {
        continue;
      }
      Object v = sample(p.dimension(), rng);
      values[p.index()] = v;
      out.put(p.label(), v);
    }
    return out.build();
  }

  /** One draw of {@code d} from its prior, boxed as an assignment value. */
  public static Object sample(Dimension d, UniformRandomProvider rng) {
    if (d instanceof Dimension.Choice c) {
      return c.options().get(categorical(c.weights(), rng));
    }
    if (d instanceof Dimension.Branches b) {
      return b.branches().get(categorical(b.weights(), rng)).key();
    }
    if (d instanceof Dimension.RandInt r) {
      return r.min() + rng.nextLong(r.size());
    }
    Dimension.Numeric n = (Dimension.Numeric) d;
    return n.value(raw(n, rng));
  }

  /** A raw (unquantised) draw in real units. */
  public static double raw(Dimension.Numeric n, UniformRandomProvider rng) {
    double model;
    if (n.bounded()) {
      double lo = n.priorMu() - n.priorSigma() / 2;
      model = lo + rng.nextDouble() * n.priorSigma();
    } else {
      model = n.priorMu() + n.priorSigma() * ZigguratSampler.NormalizedGaussian.of(rng).sample();
    }
    return n.log() ? Math.exp(model) : model;
  }

  /** An index drawn with probabilities {@code weights} (summing to 1). */
  public static int categorical(List<Double> weights, UniformRandomProvider rng) {
    double u = rng.nextDouble();
    double acc = 0;
    for (int i = 0; i < weights.size(); i++) {
      acc += weights.get(i);
      if (u < acc) {
        return i;
      }
    }
    for (int i = weights.size() - 1; i >= 0; i--) {
      if (weights.get(i) > 0) {
        return i;
      }
    }
    return weights.size() - 1;
  }
}
