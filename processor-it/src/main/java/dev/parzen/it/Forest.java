package dev.parzen.it;

import dev.parzen.annotations.QLogUniform;
import dev.parzen.annotations.Uniform;

/** A class built through the constructor that takes exactly its annotated fields. */
public final class Forest {

  @QLogUniform(min = 10, max = 1000, q = 10)
  private final int trees;

  @Uniform(min = 0.1, max = 1)
  private final double maxFeatures;

  /** The forest's parameters. */
  public Forest(double maxFeatures, int trees) {
    this.trees = trees;
    this.maxFeatures = maxFeatures;
  }

  /** The number of trees. */
  public int trees() {
    return trees;
  }

  /** The fraction of features each split considers. */
  public double maxFeatures() {
    return maxFeatures;
  }
}
