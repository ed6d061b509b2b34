package dev.parzen.samples.xgboost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parzen.samples.Metrics;
import dev.parzen.samples.data.Datasets;
import dev.parzen.samples.data.Split;
import dev.parzen.samples.data.Splits;
import java.nio.file.Path;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XgbModelTests {

  private final Split split = Splits.stratified(Datasets.breastCancer(), 0.25, 7);

  @Test
  void theDefaultsSeparateTheTumoursFarBetterThanACoinFlip() {
    try (XgbModel model =
        XgbModel.train(XgbParams.DEFAULTS.binaryClassifier(1), split.train(), 100)) {
      double loss =
          Metrics.logLoss(split.validation().targets(), model.predict(split.validation()));

      assertThat(loss).isLessThan(0.3);
    }
  }

  @Test
  void earlyStoppingPredictsWithTheBestRound() {
    Split inner = Splits.random(split.train(), 0.2, 7);
    Map<String, Object> params = XgbParams.DEFAULTS.binaryClassifier(1);

    try (XgbModel stopped =
        XgbModel.trainWithEarlyStopping(params, inner.train(), inner.validation(), 500, 10)) {
      assertThat(stopped.rounds()).isBetween(1, 490);
      try (XgbModel exact = XgbModel.train(params, inner.train(), stopped.rounds())) {
        assertThat(stopped.predict(split.validation()))
            .containsExactly(exact.predict(split.validation()), within(1e-6));
      }
    }
  }

  @Test
  void aSavedModelLoadsBackAndPredictsTheSame(@TempDir Path dir) throws Exception {
    try (XgbModel model =
        XgbModel.train(XgbParams.DEFAULTS.binaryClassifier(1), split.train(), 20)) {
      Path file = model.save(dir.resolve("models/model.json"));

      Booster loaded = XGBoost.loadModel(file.toString());
      DMatrix rows =
          new DMatrix(
              split.validation().featuresRowMajor(), split.validation().size(), 30, Float.NaN);
      assertThat(loaded.predict(rows)[0][0])
          .isCloseTo((float) model.predict(split.validation())[0], within(1e-6f));
      loaded.dispose();
      rows.dispose();
    }
  }
}
