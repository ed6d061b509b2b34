package dev.parzen.mlflow;

import dev.parzen.Assignment;
import dev.parzen.DoubleObjective;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Tuning;
import dev.parzen.space.SpaceBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** Spaces, objectives and tunings the tracking tests run for real. */
final class TuningTestCase {

  enum Booster {
    GBTREE,
    DART
  }

  static final String NAME = "com.acme.XgbTuning.logLoss";

  private TuningTestCase() {}

  /** A real, an integer and an enum choice. */
  static Space<Assignment> xgbSpace() {
    return Space.builder()
        .loguniform("eta", 1e-3, 0.5)
        .uniformInt("maxDepth", 2, 12)
        .choice("booster", Booster.GBTREE, Booster.DART)
        .build();
  }

  /** A conditional space: each branch has its own parameter. */
  static Space<Assignment> conditionalSpace() {
    Map<String, Space<?>> branches = new LinkedHashMap<>();
    branches.put("linear", Space.builder().loguniform("c", 1e-3, 10).build());
    branches.put("tree", Space.builder().uniformInt("depth", 2, 8).build());
    return Space.builder().branches("model", branches).build();
  }

  /** {@code n} real parameters. */
  static Space<Assignment> wideSpace(int n) {
    SpaceBuilder b = Space.builder();
    for (int i = 0; i < n; i++) {
      b.uniform("w" + i, 0, 1);
    }
    return b.build();
  }

  /** A smooth loss over the xgb space: DART and small eta are better. */
  static double xgbLoss(Assignment p) {
    double eta = p.getDouble("eta");
    long depth = p.getLong("maxDepth");
    double booster = p.get("booster") == Booster.DART ? 0 : 0.1;
    return Math.abs(Math.log(eta / 0.05)) + Math.abs(depth - 6) / 10.0 + booster;
  }

  /** A seeded tuning named {@link #NAME} that tracks to {@code uri}. */
  static Tuning<Assignment> tuning(
      Space<Assignment> space,
      DoubleObjective<Assignment> f,
      String uri,
      Map<String, String> more) {
    Map<String, String> conf = new HashMap<>(more);
    conf.put(MlflowTracking.TRACKING_URI, uri);
    return Parzen.minimize(space, f).name(NAME).seed(7).maxEvals(8).configuration(conf);
  }

  /** The xgb tuning tracking to {@code uri}. */
  static Tuning<Assignment> xgb(String uri) {
    return tuning(xgbSpace(), TuningTestCase::xgbLoss, uri, Map.of());
  }
}
