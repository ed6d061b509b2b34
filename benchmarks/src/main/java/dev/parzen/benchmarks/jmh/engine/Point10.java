package dev.parzen.benchmarks.jmh.engine;

import dev.parzen.annotations.Uniform;

/**
 * A point of {@code [-5, 5]^10}: the parameters of {@link SphereTuning}; its space is generated.
 */
public record Point10(
    @Uniform(min = -5, max = 5) double x0,
    @Uniform(min = -5, max = 5) double x1,
    @Uniform(min = -5, max = 5) double x2,
    @Uniform(min = -5, max = 5) double x3,
    @Uniform(min = -5, max = 5) double x4,
    @Uniform(min = -5, max = 5) double x5,
    @Uniform(min = -5, max = 5) double x6,
    @Uniform(min = -5, max = 5) double x7,
    @Uniform(min = -5, max = 5) double x8,
    @Uniform(min = -5, max = 5) double x9) {

  /** The sphere centred on 1. */
  public double sphere() {
    double[] x = {x0, x1, x2, x3, x4, x5, x6, x7, x8, x9};
    double sum = 0;
    for (double v : x) {
      sum += (v - 1) * (v - 1);
    }
    return sum;
  }
}
