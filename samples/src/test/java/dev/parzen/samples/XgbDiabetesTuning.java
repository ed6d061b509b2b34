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
import dev.parzen.samples.xgboost.XgbRegressionParams;
import java.util.List;

/**
 * Regression: XGBoost predicting the progression of diabetes a year on, tuned for the root mean
 * squared error on held-out patients, with the number of rounds left to early stopping.
 *
 * <p>The space ({@link XgbRegressionParams}) has no {@code rounds}: each trial trains until the
 * error on a fifth of its training rows stops falling for {@value #PATIENCE} rounds and keeps the
 * best round, which finds the count in one training instead of spending trials on it. Those
 * early-stopping rows are not the validation rows: the score stays an honest estimate.
 */
class XgbDiabetesTuning {

  /** Fixed, so every trial, every run and the defaults are scored on the same rows. */
  private static final long SPLIT_SEED = 42;

  private static final int MAX_ROUNDS = 1000;
  private static final int PATIENCE = 20;

  // A random quarter of the patients held out for scoring (the target is a number: nothing to
  // stratify), then a fifth of the rest held out to decide when training stops.
  private final Split split = Splits.random(Datasets.diabetes(), 0.25, SPLIT_SEED);
  private final Split stopping = Splits.random(split.train(), 0.2, SPLIT_SEED);

  @Tune(seed = 7, earlyStop = @NoProgress(trials = 40))
  Loss validationRmse(XgbRegressionParams params, TrialContext trial) {
    try (XgbModel model = train(params, trial.threadsPerTrial())) {
      return Loss.of(Metrics.rmse(split.validation().targets(), model.predict(split.validation())))
          .withAttachment("rounds", Integer.toString(model.rounds()));
    }
  }

  @AfterTuning("validationRmse")
  void compareWithDefaults(XgbRegressionParams best, TuningResult<XgbRegressionParams> result) {
    System.out.println();
    System.out.println("Best parameters: " + best);
    try (XgbModel defaults = train(XgbRegressionParams.DEFAULTS, 1);
        XgbModel tuned = train(best, 1)) {
      double[] targets = split.validation().targets();
      System.out.print(
          Comparison.table(
              Comparison.heading(
                  result,
                  "XGBoost's defaults, both early-stopped",
                  split.validation().size() + " validation patients"),
              List.of(
                  new Comparison(
                      "validation RMSE",
                      Direction.MINIMIZE,
                      Metrics.rmse(targets, defaults.predict(split.validation())),
                      Metrics.rmse(targets, tuned.predict(split.validation()))))));
      System.out.printf(
          "  rounds chosen by early stopping: defaults %d, tuned %d%n",
          defaults.rounds(), tuned.rounds());
    }
  }

  private XgbModel train(XgbRegressionParams params, int threads) {
    return XgbModel.trainWithEarlyStopping(
        params.regressor(threads), stopping.train(), stopping.validation(), MAX_ROUNDS, PATIENCE);
  }
}
