package dev.parzen.samples.xgboost;

import java.util.Map;

/** XGBoost's tree boosters: the {@code booster} parameter, with what each needs to differ. */
public enum Booster {
  /** Gradient-boosted trees: XGBoost's default. */
  GBTREE("gbtree", Map.of()),
  /**
   * Trees with dropout (DART): each round drops a tenth of the earlier trees, which can curb
   * overfitting. XGBoost's own {@code rate_drop} default, 0, would make it plain {@code gbtree},
   * only slower; to tune the rate as well, make the booster a sealed interface with a record per
   * booster (a conditional space, see {@code docs/annotations.md}).
   */
  DART("dart", Map.of("rate_drop", 0.1));

  private final String xgboostName;
  private final Map<String, Object> settings;

  Booster(String xgboostName, Map<String, Object> settings) {
    this.xgboostName = xgboostName;
    this.settings = settings;
  }

  /** The value of XGBoost's {@code booster} parameter: {@code gbtree}, {@code dart}. */
  public String xgboostName() {
    return xgboostName;
  }

  /** The booster's own parameters, added to the parameter map next to {@code booster}. */
  public Map<String, Object> settings() {
    return settings;
  }
}
