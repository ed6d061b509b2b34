package dev.parzen.samples;

import dev.parzen.TuningResult;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Direction;
import dev.parzen.annotations.NoProgress;
import dev.parzen.annotations.Tune;
import dev.parzen.samples.data.Datasets;
import dev.parzen.samples.data.Split;
import dev.parzen.samples.data.Splits;
import dev.parzen.samples.data.Standardization;
import dev.parzen.samples.tribuo.ClassifierParams;
import dev.parzen.samples.tribuo.TribuoEvaluation;
import java.util.List;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

/**
 * Which model, and then which hyperparameters: a conditional space over two Tribuo classifiers
 * ({@link ClassifierParams}) for handwritten digits, tuned for validation accuracy.
 *
 * <p>Each trial first chooses logistic regression or a CART tree, then only the parameters of that
 * model: the learning rate and L2 penalty exist only in the trials that chose logistic regression,
 * so TPE models them from those trials alone. The result is compared with both models at Tribuo's
 * defaults, on the same rows.
 */
class TribuoDigitsTuning {

  /** Fixed, so every trial, every run and the defaults are scored on the same rows. */
  private static final long SPLIT_SEED = 42;

  // A quarter of each digit held out; features standardised with the training rows' statistics
  // (gradient descent needs it, trees ignore it).
  private final Split split =
      Standardization.apply(Splits.stratified(Datasets.digits(), 0.25, SPLIT_SEED));

  @Tune(direction = Direction.MAXIMIZE, seed = 7, earlyStop = @NoProgress(trials = 40))
  double validationAccuracy(ClassifierParams params) {
    return TribuoEvaluation.validationAccuracy(
        params.classifier().trainer(split.train().size()), split);
  }

  @AfterTuning("validationAccuracy")
  void compareWithDefaults(ClassifierParams best, TuningResult<ClassifierParams> result) {
    double tuned = result.best().loss();
    System.out.println();
    System.out.println("Best parameters: " + best);
    System.out.print(
        Comparison.table(
            Comparison.heading(
                result, "Tribuo's defaults", split.validation().size() + " validation digits"),
            List.of(
                new Comparison(
                    "accuracy vs LogisticRegressionTrainer()",
                    Direction.MAXIMIZE,
                    TribuoEvaluation.validationAccuracy(new LogisticRegressionTrainer(), split),
                    tuned),
                new Comparison(
                    "accuracy vs CARTClassificationTrainer()",
                    Direction.MAXIMIZE,
                    TribuoEvaluation.validationAccuracy(new CARTClassificationTrainer(), split),
                    tuned))));
  }
}
