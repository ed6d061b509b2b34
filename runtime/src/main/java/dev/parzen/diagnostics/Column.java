package dev.parzen.diagnostics;

import dev.parzen.Dimension;
import dev.parzen.Trial;
import dev.parzen.space.FlatSpace;
import java.util.List;

/**
 * The trials in which one parameter is active, with its value in each: the unit most rules work on,
 * so that conditional parameters are judged only where they exist.
 */
record Column<T>(FlatSpace.Param param, List<Trial<T>> trials) {

  /** The trials of {@code candidates} in which {@code param} has a value. */
  static <T> Column<T> of(FlatSpace.Param param, List<Trial<T>> candidates) {
    String label = param.label();
    return new Column<>(param, candidates.stream().filter(t -> t.assignment().has(label)).toList());
  }

  /** The parameter's label. */
  String label() {
    return param.label();
  }

  /** The number of trials. */
  int size() {
    return trials.size();
  }

  /** The raw value in trial {@code i}: a number, an option or a branch key. */
  Object value(int i) {
    return trials.get(i).assignment().get(param.label());
  }

  /** The values as doubles in real units; only for numeric parameters. */
  double[] numbers() {
    double[] out = new double[trials.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ((Number) value(i)).doubleValue();
    }
    return out;
  }

  /** Durations in seconds, in trial order. */
  double[] seconds() {
    return trials.stream().mapToDouble(t -> t.duration().toNanos() / 1e9).toArray();
  }

  /** True when the parameter is numeric with ordered values: what range-based rules need. */
  boolean ordered() {
    return param.dimension() instanceof Dimension.Numeric n && !(n instanceof Dimension.RandInt);
  }

  /**
   * True when the values are unordered categories: options, branch keys. Random integers are
   * neither ordered nor a handful of categories (seeds, buckets), so no rule looks at them.
   */
  boolean categorical() {
    return param.dimension() instanceof Dimension.Choice
        || param.dimension() instanceof Dimension.Branches;
  }
}
