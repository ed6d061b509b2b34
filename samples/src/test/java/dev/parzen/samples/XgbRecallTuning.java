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
import java.util.Locale;

/**
 * The breast cancer model tuned for what a screening test cares about: catching malignant tumours.
 * The objective is the recall of the malignant class, maximised.
 *
 * <p>Choose the loss that measures what matters. Log loss and accuracy weigh a missed malignant
 * tumour the same as a false alarm; here a miss is far worse, so the search maximises recall
 * ({@code direction = MAXIMIZE}: no need to return {@code -recall}). Recall alone can be gamed by a
 * model that flags everything; this space has no knob that does that (no decision threshold, no
 * class weight), and each trial attaches its precision so the report shows the price paid. When a
 * space does have such a knob, maximise an F-beta score instead.
 */
class XgbRecallTuning {

  /** Fixed, so every trial, every run and the defaults are scored on the same rows. */
  private static final long SPLIT_SEED = 42;

  /** The class whose recall is maximised: 0 is malignant in {@code malignant0_benign1}. */
  private static final double MALIGNANT = 0;

  private final Split split = Splits.stratified(Datasets.breastCancer(), 0.25, SPLIT_SEED);

  @Tune(direction = Direction.MAXIMIZE, seed = 7, earlyStop = @NoProgress(trials = 50))
  Loss malignantRecall(XgbParams params, TrialContext trial) {
    double[] predicted = predictedLabels(params, trial.threadsPerTrial());
    double[] labels = split.validation().targets();
    double precision = Metrics.precision(labels, predicted, MALIGNANT);
    return Loss.of(Metrics.recall(labels, predicted, MALIGNANT))
        .withAttachment("precision", String.format(Locale.ROOT, "%.4f", precision));
  }

  @AfterTuning("malignantRecall")
  void compareWithDefaults(XgbParams best, TuningResult<XgbParams> result) {
    double[] labels = split.validation().targets();
    double[] byDefaults = predictedLabels(XgbParams.DEFAULTS, 1);
    double[] byTuned = predictedLabels(best, 1);
    System.out.println();
    System.out.println("Best parameters: " + best);
    System.out.print(
        Comparison.table(
            Comparison.heading(
                result, "XGBoost's defaults", split.validation().size() + " validation rows"),
            List.of(
                new Comparison(
                    "recall of malignant (tuned)",
                    Direction.MAXIMIZE,
                    Metrics.recall(labels, byDefaults, MALIGNANT),
                    Metrics.recall(labels, byTuned, MALIGNANT)),
                new Comparison(
                    "precision of malignant (watched)",
                    Direction.MAXIMIZE,
                    Metrics.precision(labels, byDefaults, MALIGNANT),
                    Metrics.precision(labels, byTuned, MALIGNANT)))));
  }

  /** 0 (malignant) or 1 (benign) for each validation row, cutting P(benign) at one half. */
  private double[] predictedLabels(XgbParams params, int threads) {
    try (XgbModel model =
        XgbModel.train(params.binaryClassifier(threads), split.train(), params.rounds())) {
      return Metrics.labels(model.predict(split.validation()), 0.5);
    }
  }
}
