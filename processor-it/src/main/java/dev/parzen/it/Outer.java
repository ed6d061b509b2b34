package dev.parzen.it;

import dev.parzen.annotations.QUniform;
import dev.parzen.annotations.Uniform;

/** Holds a nested space type. */
public final class Outer {

  private Outer() {}

  /** A nested record: its generated space is {@code Outer_NestedSpace}. */
  public record Nested(
      @QUniform(min = 1, max = 4) int layers, @Uniform(min = 0, max = 0.5) double dropout) {}
}
