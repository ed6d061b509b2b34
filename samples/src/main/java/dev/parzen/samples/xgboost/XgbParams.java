package dev.parzen.samples.xgboost;

import dev.parzen.annotations.Choice;
import dev.parzen.annotations.LogUniform;
import dev.parzen.annotations.QUniform;
import dev.parzen.annotations.Uniform;
import java.util.HashMap;
import java.util.Map;

/**
 * The hyperparameters of an XGBoost classifier, as a search space: the processor generates {@code
 * XgbParamsSpace} from these annotations. Each {@code defaultValue} is XGBoost's own default, so
 * the tuning evaluates the defaults first and every sample can say how much tuning gained.
 *
 * @param maxDepth the deepest a tree may grow ({@code max_depth})
 * @param rounds how many trees are boosted
 * @param eta the learning rate: how much each tree's output is shrunk
 * @param lambda L2 regularisation of the leaf weights
 * @param gamma the least loss reduction a split must bring ({@code min_split_loss})
 * @param subsample the fraction of rows each tree sees
 * @param colsampleBytree the fraction of features each tree sees
 * @param booster plain boosted trees or DART
 */
public record XgbParams(
    // An ordinal integer: @QUniform keeps the order (4 lies between 3 and 5), so TPE learns that
    // "deeper is worse" from a few trials. @Choice({"2", "4", ...}) would hide it, and the
    // processor warns about it (parzen.ordinalChoice).
    @QUniform(min = 1, max = 10, defaultValue = 6) int maxDepth,
    // XGBoost4J needs the count of rounds (scikit-learn's wrapper defaults to 100). It is tuned
    // here on a grid of 25; where the library can stop by itself, prefer that (see
    // XgbRegressionParams): one early-stopped training replaces a whole dimension of search.
    @QUniform(min = 25, max = 500, q = 25, defaultValue = 100) int rounds,
    // Rates and regularisation strengths matter by their order of magnitude: log-uniform gives
    // every decade the same share of trials. Bounds are real values, not exponents.
    @LogUniform(min = 0.005, max = 0.5, defaultValue = 0.3) double eta,
    @LogUniform(min = 0.01, max = 100, defaultValue = 1) double lambda,
    // Ratios and fractions are uniform.
    @Uniform(min = 0, max = 5, defaultValue = 0) double gamma,
    @Uniform(min = 0.5, max = 1, defaultValue = 1) double subsample,
    @Uniform(min = 0.3, max = 1, defaultValue = 1) double colsampleBytree,
    @Choice(defaultOption = "GBTREE") Booster booster) {

  /** XGBoost's defaults for every parameter above (100 rounds, as scikit-learn's wrapper). */
  public static final XgbParams DEFAULTS = new XgbParams(6, 100, 0.3, 1, 0, 1, 1, Booster.GBTREE);

  /**
   * The parameter map of a binary classifier that outputs the probability of label 1.
   *
   * <p>{@code nthread} is not a hyperparameter: it changes how fast a model trains, never what it
   * learns, so it is set from the trial's {@code threadsPerTrial} rather than searched.
   *
   * @param threads the cores one training may use
   */
  public Map<String, Object> binaryClassifier(int threads) {
    Map<String, Object> p = new HashMap<>();
    p.put("objective", "binary:logistic");
    p.put("eval_metric", "logloss");
    p.put("booster", booster.xgboostName());
    p.putAll(booster.settings());
    p.put("max_depth", maxDepth);
    p.put("eta", eta);
    p.put("lambda", lambda);
    p.put("gamma", gamma);
    p.put("subsample", subsample);
    p.put("colsample_bytree", colsampleBytree);
    p.put("nthread", threads);
    return p;
  }
}
