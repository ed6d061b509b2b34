package dev.parzen.samples.spark;

import dev.parzen.TrialContext;
import dev.parzen.TuningResult;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Direction;
import dev.parzen.annotations.NoProgress;
import dev.parzen.annotations.Tune;
import dev.parzen.samples.Comparison;
import dev.parzen.samples.Metrics;
import dev.parzen.samples.data.Datasets;
import dev.parzen.samples.data.Split;
import dev.parzen.samples.data.Splits;
import dev.parzen.samples.xgboost.XgbModel;
import dev.parzen.samples.xgboost.XgbParams;
import java.util.List;

/**
 * The breast cancer tuning of {@code XgbBreastCancerTuning} with its trials on Apache Spark: the
 * search and the journal stay in this JVM, and each trial runs as a one-task Spark job, two at a
 * time.
 *
 * <p>Nothing in the class is about Spark. The samples module runs it in a Surefire execution of its
 * own with {@code parzen.executor=spark} and {@code parzen.spark.master=local[2]} (see {@code
 * samples/pom.xml}); on a cluster only the master changes, e.g. {@code spark://host:7077}. Each
 * executor JVM creates one instance of this class, so the data is loaded once per executor, not
 * once per trial.
 */
class XgbSparkTuning {

  /** Fixed, so every trial, every run and the defaults are scored on the same rows. */
  private static final long SPLIT_SEED = 42;

  private final Split split = Splits.stratified(Datasets.breastCancer(), 0.25, SPLIT_SEED);

  // Two trials at a time, one per Spark task slot of local[2]. While a trial runs, TPE suggests the
  // next one knowing the pending point, so parallel trials do not decay into random search. The
  // budget is the serial sample's (the max-evals advice would double it for two at a time).
  @Tune(maxEvals = 135, parallelism = 2, seed = 7, earlyStop = @NoProgress(trials = 50))
  double validationLogLoss(XgbParams params, TrialContext trial) {
    return logLoss(params, trial.threadsPerTrial());
  }

  @AfterTuning("validationLogLoss")
  void compareWithDefaults(XgbParams best, TuningResult<XgbParams> result) {
    System.out.println();
    System.out.println("Best parameters: " + best);
    System.out.print(
        Comparison.table(
            Comparison.heading(
                result, "XGBoost's defaults", split.validation().size() + " validation rows"),
            List.of(
                new Comparison(
                    "validation log loss",
                    Direction.MINIMIZE,
                    logLoss(XgbParams.DEFAULTS, 1),
                    result.best().loss()))));
  }

  private double logLoss(XgbParams params, int threads) {
    try (XgbModel model =
        XgbModel.train(params.binaryClassifier(threads), split.train(), params.rounds())) {
      return Metrics.logLoss(split.validation().targets(), model.predict(split.validation()));
    }
  }
}
