package dev.parzen.samples.tribuo;

import dev.parzen.annotations.Choice;
import dev.parzen.annotations.LogUniform;
import dev.parzen.annotations.QUniform;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.dtree.impurity.GiniIndex;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGradRDA;

/**
 * A conditional search space over two Tribuo classifiers: which model, and then only that model's
 * hyperparameters. The processor generates {@code ClassifierParamsSpace}; a trial that picks {@link
 * Cart} has no learning rate at all, so TPE never wastes its model of the learning rate on trees.
 *
 * @param classifier the model and its hyperparameters
 */
public record ClassifierParams(
    @Choice(defaultOption = "LogisticRegression") Classifier classifier) {

  /** The seed of every trainer: trials differ by their hyperparameters, never by chance. */
  public static final long TRAINER_SEED = 12345L;

  /** The models to choose from; each record is a branch of the space with its own parameters. */
  public sealed interface Classifier permits LogisticRegression, Cart {

    /**
     * A Tribuo trainer for these hyperparameters.
     *
     * @param trainingRows how many rows it will be trained on
     */
    Trainer<Label> trainer(int trainingRows);
  }

  /**
   * Multinomial logistic regression trained by stochastic gradient descent (AdaGrad with
   * regularised dual averaging, the AdaGrad variant that takes an L2 penalty).
   *
   * @param learningRate AdaGrad's initial learning rate
   * @param l2 the L2 penalty on the weights
   */
  public record LogisticRegression(
      @LogUniform(min = 1e-3, max = 3) double learningRate,
      @LogUniform(min = 1e-6, max = 1) double l2)
      implements Classifier {

    /**
     * Passes over the data, Tribuo's default. Not searched: it is a convergence setting, not a
     * hyperparameter (the processor warns on a field named {@code epochs}). Where a library can
     * stop by itself, let it; Tribuo's SGD cannot, so the count stays fixed, and the comparison
     * with the defaults measures the learning rate and the penalty alone.
     */
    public static final int EPOCHS = 5;

    @Override
    public Trainer<Label> trainer(int trainingRows) {
      AdaGradRDA optimiser = new AdaGradRDA(learningRate, 0.1, 0, l2, trainingRows);
      // Logging interval -1: no per-epoch log lines.
      return new LinearSGDTrainer(new LogMulticlass(), optimiser, EPOCHS, -1, 1, TRAINER_SEED);
    }
  }

  /**
   * A CART decision tree.
   *
   * @param maxDepth the deepest the tree may grow
   * @param minChildWeight the least number of rows a leaf must hold
   */
  public record Cart(
      @QUniform(min = 2, max = 30) int maxDepth, @QUniform(min = 1, max = 32) int minChildWeight)
      implements Classifier {

    @Override
    public Trainer<Label> trainer(int trainingRows) {
      return new CARTClassificationTrainer(
          maxDepth, minChildWeight, 0f, 1f, false, new GiniIndex(), TRAINER_SEED);
    }
  }
}
