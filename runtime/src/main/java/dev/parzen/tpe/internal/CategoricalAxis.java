package dev.parzen.tpe.internal;

import dev.parzen.Dimension;
import java.util.Arrays;
import java.util.List;

/**
 * A choice, a branch selector or a randint as categories {@code 0..size-1} with prior
 * probabilities; randint values are offset by their minimum.
 *
 * @param dimension the parameter
 * @param prior the prior probability of each category, summing to 1
 */
record CategoricalAxis(Dimension dimension, double[] prior) implements Axis {

  /**
   * Randints with more values than this are drawn from their prior: a category model over them
   * would cost memory in proportion to their size and learn nothing from a few hundred trials.
   */
  static final long MAX_CATEGORIES = 1 << 16;

  /** The axis of a choice, branches or randint dimension. */
  static CategoricalAxis of(Dimension d) {
    if (d instanceof Dimension.Choice c) {
      return new CategoricalAxis(d, toArray(c.weights()));
    }
    if (d instanceof Dimension.Branches b) {
      return new CategoricalAxis(d, toArray(b.weights()));
    }
    Dimension.RandInt r = (Dimension.RandInt) d;
    int size = (int) Math.min(r.size(), MAX_CATEGORIES);
    double[] prior = new double[size];
    Arrays.fill(prior, 1.0 / size);
    return new CategoricalAxis(d, prior);
  }

  /** The number of categories. */
  int size() {
    return prior.length;
  }

  /** True when TPE models this parameter; false for randints too large to model. */
  boolean modelled() {
    return !(dimension instanceof Dimension.RandInt r) || r.size() <= MAX_CATEGORIES;
  }

  @Override
  public double model(Object value) {
    int index = index(value);
    return index < 0 ? Double.NaN : index;
  }

  private int index(Object value) {
    if (dimension instanceof Dimension.Choice c) {
      return c.indexOf(value);
    }
    if (dimension instanceof Dimension.Branches b) {
      return b.indexOf(value);
    }
    Dimension.RandInt r = (Dimension.RandInt) dimension;
    if (!(value instanceof Long || value instanceof Integer)) {
      return -1;
    }
    long v = ((Number) value).longValue();
    return v < r.min() || v >= r.maxExclusive() ? -1 : (int) (v - r.min());
  }

  @Override
  public Object value(double coordinate) {
    int i = (int) coordinate;
    if (dimension instanceof Dimension.Choice c) {
      return c.options().get(i);
    }
    if (dimension instanceof Dimension.Branches b) {
      return b.branches().get(i).key();
    }
    return ((Dimension.RandInt) dimension).min() + i;
  }

  private static double[] toArray(List<Double> weights) {
    double[] out = new double[weights.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = weights.get(i);
    }
    return out;
  }
}
