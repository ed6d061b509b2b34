package dev.parzen.it;

import dev.parzen.annotations.Choice;
import dev.parzen.annotations.LogUniform;
import dev.parzen.annotations.QUniform;
import dev.parzen.annotations.Uniform;

/**
 * A conditional space: the model is one of three branches, each with its own parameters, and the
 * tree branch chooses again between two split criteria.
 */
public record Pipeline(
    @Choice(defaultOption = "Tree") Model model,
    @Uniform(min = 0, max = 1, defaultValue = 0.5) double threshold) {

  /** The model family. */
  public sealed interface Model permits Linear, Tree, Constant {}

  /** A linear model with L2 regularisation. */
  public record Linear(@LogUniform(min = 1e-6, max = 10) double l2) implements Model {}

  /** A decision tree. */
  public record Tree(
      @QUniform(min = 1, max = 20, defaultValue = 5) int depth,
      @Choice(defaultOption = "Gini") Criterion criterion)
      implements Model {}

  /** A model without parameters. */
  public record Constant() implements Model {}

  /** How a tree measures impurity. */
  public sealed interface Criterion permits Gini, Entropy {}

  /** Gini impurity. */
  public record Gini() implements Criterion {}

  /** Entropy with a floor on the information gain. */
  public record Entropy(@Uniform(min = 0, max = 0.1) double minGain) implements Criterion {}
}
