package dev.parzen.samples;

import dev.parzen.Loss;
import dev.parzen.TrialContext;
import dev.parzen.TuningResult;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Direction;
import dev.parzen.annotations.NoProgress;
import dev.parzen.annotations.Tune;
import dev.parzen.samples.data.Datasets;
import dev.parzen.samples.data.Split;
import dev.parzen.samples.data.Splits;
import dev.parzen.samples.xgboost.XgbModel;
import dev.parzen.samples.xgboost.XgbParams;
import java.util.List;

/**
 * The breast cancer tuning of {@link XgbBreastCancerTuning}, scored by 5-fold cross-validation:
 * each trial trains five models, each scored on the fifth of the rows it did not see, and reports
 * the mean log loss with its variance across the folds.
 *
 * <p>Cross-validation costs five trainings per trial but uses every row for both fitting and
 * scoring: on small data the ranking of settings is less at the mercy of which rows one split
 * happened to hold out. The variance says how far to trust a difference: two settings whose means
 * differ by less than the folds disagree are a tie, and the engine breaks exact ties by the smaller
 * variance.
 */
class XgbCrossValidationTuning {

  /** Fixed, so every trial, every run and the defaults are scored on the same rows. */
  private static final long SPLIT_SEED = 42;

  private static final int FOLDS = 5;

  // The same five folds for every trial and for the defaults: stratified, seeded.
  private final List<Split> folds =
      Splits.stratifiedFolds(Datasets.breastCancer(), FOLDS, SPLIT_SEED);

  @Tune(maxEvals = 100, seed = 7, earlyStop = @NoProgress(trials = 40))
  Loss crossValidatedLogLoss(XgbParams params, TrialContext trial) {
    return Loss.ofFolds(foldLogLosses(params, trial.threadsPerTrial()));
  }

  @AfterTuning("crossValidatedLogLoss")
  void compareWithDefaults(XgbParams best, TuningResult<XgbParams> result) {
    Loss defaults = Loss.ofFolds(foldLogLosses(XgbParams.DEFAULTS, 1));
    Comparison logLoss =
        new Comparison(
            "mean log loss over %d folds".formatted(FOLDS),
            Direction.MINIMIZE,
            defaults.value(),
            result.best().loss());
    System.out.println();
    System.out.println("Best parameters: " + best);
    System.out.print(
        Comparison.table(
            Comparison.heading(result, "XGBoost's defaults", FOLDS + " folds"), List.of(logLoss)));
    System.out.printf(
        "  fold standard deviation: defaults %.4f, tuned %.4f%n",
        Math.sqrt(defaults.variance()), Math.sqrt(result.best().variance()));
  }

  private double[] foldLogLosses(XgbParams params, int threads) {
    double[] losses = new double[folds.size()];
    for (int i = 0; i < losses.length; i++) {
      Split fold = folds.get(i);
      try (XgbModel model =
          XgbModel.train(params.binaryClassifier(threads), fold.train(), params.rounds())) {
        losses[i] = Metrics.logLoss(fold.validation().targets(), model.predict(fold.validation()));
      }
    }
    return losses;
  }
}
