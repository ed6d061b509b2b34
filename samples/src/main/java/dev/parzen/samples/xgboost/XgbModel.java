package dev.parzen.samples.xgboost;

import dev.parzen.samples.data.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A trained XGBoost model: trains silently, predicts the first output (a probability or a value)
 * and saves itself. It holds native memory: close it. Not thread-safe; train one per trial.
 */
public final class XgbModel implements AutoCloseable {

  private final ml.dmlc.xgboost4j.java.Booster booster;
  private final int rounds;

  private XgbModel(ml.dmlc.xgboost4j.java.Booster booster, int rounds) {
    this.booster = booster;
    this.rounds = rounds;
  }

  /**
   * Trains for exactly {@code rounds} rounds on {@code train}.
   *
   * @param params XGBoost's parameters, e.g. {@link XgbParams#binaryClassifier(int)}
   * @throws IllegalStateException when XGBoost refuses the parameters or the data
   */
  public static XgbModel train(Map<String, Object> params, Dataset train, int rounds) {
    DMatrix data = matrix(train);
    try {
      return new XgbModel(
          XGBoost.train(data, silent(params), rounds, Map.of(), null, null), rounds);
    } catch (XGBoostError e) {
      throw failure(train, e);
    } finally {
      data.dispose();
    }
  }

  /**
   * Trains on {@code train} until the model's {@code eval_metric} on {@code stopping} has not
   * improved for {@code patience} rounds, at most {@code maxRounds}; predictions then use the
   * rounds up to the best one. The rows of {@code stopping} decide when to stop, so score the model
   * on other rows.
   *
   * @throws IllegalStateException when XGBoost refuses the parameters or the data
   */
  public static XgbModel trainWithEarlyStopping(
      Map<String, Object> params, Dataset train, Dataset stopping, int maxRounds, int patience) {
    DMatrix data = matrix(train);
    DMatrix watched = matrix(stopping);
    try {
      Map<String, DMatrix> watches = new LinkedHashMap<>();
      watches.put("stopping", watched);
      float[][] metrics = new float[1][maxRounds];
      ml.dmlc.xgboost4j.java.Booster booster =
          XGBoost.train(data, silent(params), maxRounds, watches, metrics, null, null, patience);
      String best = booster.getAttr("best_iteration");
      int rounds = best == null ? maxRounds : Integer.parseInt(best) + 1;
      return new XgbModel(booster, rounds);
    } catch (XGBoostError e) {
      throw failure(train, e);
    } finally {
      data.dispose();
      watched.dispose();
    }
  }

  /** The rounds whose trees make the predictions: the best round when early stopping chose. */
  public int rounds() {
    return rounds;
  }

  /** The first output for each row: the probability of label 1, or the predicted value. */
  public double[] predict(Dataset rows) {
    DMatrix data = matrix(rows);
    try {
      float[][] out = booster.predict(data, false, rounds);
      double[] predictions = new double[out.length];
      for (int i = 0; i < out.length; i++) {
        predictions[i] = out[i][0];
      }
      return predictions;
    } catch (XGBoostError e) {
      throw failure(rows, e);
    } finally {
      data.dispose();
    }
  }

  /**
   * Writes the model to {@code file} in XGBoost's JSON format (XGBoost4J, the Python and R packages
   * all load it), creating the folder.
   */
  public Path save(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      booster.saveModel(file.toString());
      return file;
    } catch (IOException | XGBoostError e) {
      throw new IllegalStateException("could not save the model to " + file + ": " + e, e);
    }
  }

  /** Frees the model's native memory. */
  @Override
  public void close() {
    booster.dispose();
  }

  private static Map<String, Object> silent(Map<String, Object> params) {
    Map<String, Object> p = new HashMap<>(Objects.requireNonNull(params, "params"));
    // No per-round log lines on stdout: 'verbosity' silences the native library, 'verbose_eval'
    // XGBoost4J's evaluation printout (which reads only 0 or the string "false", not a boolean).
    p.put("verbosity", 0);
    p.put("verbose_eval", 0);
    return p;
  }

  private static DMatrix matrix(Dataset rows) {
    try {
      DMatrix m = new DMatrix(rows.featuresRowMajor(), rows.size(), rows.featureCount(), Float.NaN);
      m.setLabel(rows.targetsAsFloats());
      return m;
    } catch (XGBoostError e) {
      throw failure(rows, e);
    }
  }

  private static IllegalStateException failure(Dataset rows, XGBoostError e) {
    return new IllegalStateException("XGBoost failed on %s: %s".formatted(rows, e.getMessage()), e);
  }
}
