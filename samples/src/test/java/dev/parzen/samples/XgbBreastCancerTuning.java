package dev.parzen.samples;

import dev.parzen.TrialContext;
import dev.parzen.TuningResult;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Direction;
import dev.parzen.annotations.NoProgress;
import dev.parzen.annotations.Tune;
import dev.parzen.samples.data.Dataset;
import dev.parzen.samples.data.Datasets;
import dev.parzen.samples.data.Split;
import dev.parzen.samples.data.Splits;
import dev.parzen.samples.xgboost.XgbModel;
import dev.parzen.samples.xgboost.XgbParams;
import java.nio.file.Path;
import java.util.List;

/**
 * XGBoost on the Wisconsin breast cancer data, tuned for log loss on a held-out quarter of the
 * rows; the README's first command runs it at full budget.
 *
 * <p>The space is {@link XgbParams}. Each trial trains one model on the training rows and scores it
 * on the validation rows; the search stops early once 50 trials in a row brought no new best. After
 * the search, {@link #compareAndRefit} says whether tuning was worth it (the same score for
 * XGBoost's defaults, on the same rows) and refits the best parameters on every row.
 */
class XgbBreastCancerTuning {

  /** Fixed, so every trial, every run and the defaults are scored on the same rows. */
  private static final long SPLIT_SEED = 42;

  private final Dataset data = Datasets.breastCancer();

  // A quarter of each class held out: stratified, so the 37% of malignant tumours stays 37% on
  // both sides. The engine creates this class once per @Tune method, so the data is loaded once.
  private final Split split = Splits.stratified(data, 0.25, SPLIT_SEED);

  // No maxEvals: Parzen applies the Hyperopt guide's advice for this space (10 to 20 trials per
  // numeric parameter, 15 per category) and reports it. Log loss rather than accuracy: on 142
  // validation rows accuracy moves in steps of 0.7% and most good settings tie, while log loss
  // also ranks how confident the right answers are.
  @Tune(seed = 7, earlyStop = @NoProgress(trials = 50))
  double validationLogLoss(XgbParams params, TrialContext trial) {
    // XGBoost's nthread comes from the trial (@Tune's threadsPerTrial, 1 by default): it sets how
    // fast a model trains, never what it learns, so it is not searched.
    return logLoss(params, trial.threadsPerTrial());
  }

  @AfterTuning("validationLogLoss")
  void compareAndRefit(XgbParams best, TuningResult<XgbParams> result) {
    Comparison logLoss =
        new Comparison(
            "validation log loss",
            Direction.MINIMIZE,
            logLoss(XgbParams.DEFAULTS, 1),
            result.best().loss());
    System.out.println();
    System.out.println("Best parameters: " + best);
    System.out.print(
        Comparison.table(
            Comparison.heading(
                result, "XGBoost's defaults", split.validation().size() + " validation rows"),
            List.of(logLoss)));

    // The validation rows were held out only to choose the parameters: the final model learns
    // from every row.
    int cores = Runtime.getRuntime().availableProcessors();
    try (XgbModel model = XgbModel.train(best.binaryClassifier(cores), data, best.rounds())) {
      Path file = model.save(Path.of("target", "models", "xgb-breast-cancer.json"));
      System.out.printf(
          "Refitted on all %d rows and saved to %s%n", data.size(), file.toAbsolutePath());
    }
  }

  private double logLoss(XgbParams params, int threads) {
    try (XgbModel model =
        XgbModel.train(params.binaryClassifier(threads), split.train(), params.rounds())) {
      return Metrics.logLoss(split.validation().targets(), model.predict(split.validation()));
    }
  }
}
