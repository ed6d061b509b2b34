package dev.parzen.benchmarks.jmh;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Observation;
import dev.parzen.Space;
import dev.parzen.TrialStatus;
import dev.parzen.space.SpaceBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * Spaces and histories of any size for timing suggestions: {@code d} uniform parameters on {@code
 * [-5, 5]}, either all active or split evenly between the two branches of a choice, and histories
 * of random points scored by a shifted sphere.
 */
public final class SyntheticSpaces {

  private SyntheticSpaces() {}

  /**
   * A space of {@code dimensions} uniform parameters; when {@code conditional}, they are split
   * between branches {@code a} and {@code b} of a choice {@code branch} (so a trial has half of
   * them active, plus the choice).
   */
  public static Space<Assignment> of(int dimensions, boolean conditional) {
    SpaceBuilder builder = Space.builder();
    if (!conditional) {
      uniforms("x", 0, dimensions).forEach(builder::add);
      return builder.build();
    }
    int half = dimensions / 2;
    builder.add(
        new Dimension.Branches(
            "branch",
            List.of(
                new Dimension.Branch("a", uniforms("a_x", 0, half)),
                new Dimension.Branch("b", uniforms("b_x", half, dimensions))),
            List.of(0.5, 0.5)));
    return builder.build();
  }

  /** {@code size} finished trials at random points of {@code space}, scored by {@link #loss}. */
  public static List<Observation> history(Space<Assignment> space, int size, long seed) {
    List<Observation> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Assignment a = Algorithms.random().suggest(space, List.of(), seed * 1_000_003L + i);
      out.add(new Observation(i, a, TrialStatus.OK, loss(a)));
    }
    return out;
  }

  /** The sphere centred on 1 over the active numeric parameters of {@code a}. */
  public static double loss(Assignment a) {
    double sum = 0;
    for (Object v : a.asMap().values()) {
      if (v instanceof Double x) {
        sum += (x - 1) * (x - 1);
      }
    }
    return sum;
  }

  private static List<Dimension> uniforms(String prefix, int from, int to) {
    List<Dimension> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      out.add(new Dimension.Uniform(prefix + i, -5, 5));
    }
    return out;
  }
}
