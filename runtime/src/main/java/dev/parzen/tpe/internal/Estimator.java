package dev.parzen.tpe.internal;

import org.apache.commons.rng.UniformRandomProvider;

/** A density over one group of parameters: l(x) or g(x). */
interface Estimator {

  /** Fills {@code out} with independent draws, consuming the generator in a documented order. */
  void sample(UniformRandomProvider rng, Candidates out);

  /** Writes the log density of every candidate to {@code out}. */
  void logDensity(Candidates candidates, double[] out);
}
