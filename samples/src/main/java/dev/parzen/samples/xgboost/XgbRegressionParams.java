package dev.parzen.samples.xgboost;

import dev.parzen.annotations.LogUniform;
import dev.parzen.annotations.QUniform;
import dev.parzen.annotations.Uniform;
import java.util.HashMap;
import java.util.Map;

/**
 * The hyperparameters of an XGBoost regressor whose number of rounds is left to early stopping, as
 * a search space. Each {@code defaultValue} is XGBoost's default.
 *
 * <p>There is no {@code rounds} here on purpose: XGBoost can stop by itself once the error on
 * held-out rows stops falling, which finds the right count in one training. Searching it as a
 * hyperparameter would cost trials and blur the picture of the parameters that matter.
 *
 * @param maxDepth the deepest a tree may grow ({@code max_depth})
 * @param eta the learning rate
 * @param minChildWeight the least hessian weight (for squared error, rows) a leaf must hold
 * @param lambda L2 regularisation of the leaf weights
 * @param subsample the fraction of rows each tree sees
 * @param colsampleBytree the fraction of features each tree sees
 */
public record XgbRegressionParams(
    // 1 is a floor, not a guess: a depth-1 tree is a stump. Best values pressed against it mean
    // the target is close to a sum of per-feature effects; fix the depth there, don't widen.
    @QUniform(min = 1, max = 8, defaultValue = 6) int maxDepth,
    @LogUniform(min = 0.005, max = 0.5, defaultValue = 0.3) double eta,
    @LogUniform(min = 1, max = 100, defaultValue = 1) double minChildWeight,
    @LogUniform(min = 0.01, max = 100, defaultValue = 1) double lambda,
    @Uniform(min = 0.5, max = 1, defaultValue = 1) double subsample,
    @Uniform(min = 0.3, max = 1, defaultValue = 1) double colsampleBytree) {

  /** XGBoost's defaults for every parameter above. */
  public static final XgbRegressionParams DEFAULTS = new XgbRegressionParams(6, 0.3, 1, 1, 1, 1);

  /**
   * The parameter map of a squared-error regressor scored by RMSE.
   *
   * @param threads the cores one training may use: set, never tuned
   */
  public Map<String, Object> regressor(int threads) {
    Map<String, Object> p = new HashMap<>();
    p.put("objective", "reg:squarederror");
    p.put("eval_metric", "rmse");
    p.put("max_depth", maxDepth);
    p.put("eta", eta);
    p.put("min_child_weight", minChildWeight);
    p.put("lambda", lambda);
    p.put("subsample", subsample);
    p.put("colsample_bytree", colsampleBytree);
    p.put("nthread", threads);
    return p;
  }
}
