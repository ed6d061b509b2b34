package dev.parzen.report;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Loss;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TrialContext;
import dev.parzen.TrialStatus;
import dev.parzen.Tuning;
import dev.parzen.TuningInfo;
import dev.parzen.annotations.Direction;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A tuning shaped like a gradient-boosting search: log, integer, uniform, categorical and
 * conditional parameters, with some trials that fail. Its loss is a made-up bowl, quick to compute.
 */
final class XgbLikeTuningTestCase {

  static final Space<Assignment> SPACE =
      Space.builder()
          .loguniform("eta", 1e-3, 0.5)
          .quniformInt("maxDepth", 2, 12, 1)
          .uniform("subsample", 0.5, 1.0)
          .choice("booster", "gbtree", "dart", "gblinear")
          .add(
              new Dimension.Branches(
                  "regulariser",
                  List.of(
                      new Dimension.Branch(
                          "l1",
                          List.of(
                              new Dimension.LogUniform("alpha", 1e-4, 10),
                              Dimension.Choice.of("solver", List.of("cd", "sgd")))),
                      new Dimension.Branch(
                          "l2", List.of(new Dimension.LogUniform("lambda", 1e-3, 100))),
                      new Dimension.Branch("none", List.of())),
                  List.of()))
          .build();

  /** A failure message full of markup: the report must show it as text. */
  static final String MARKUP_FAILURE = "</script><b id=\"injected\">gblinear</b> & 'subsample'";

  private XgbLikeTuningTestCase() {}

  /** The tuning, writing its reports under {@code dir}, listeners found on the class path. */
  static Tuning<Assignment> tuning(Path dir, int trials) {
    return Parzen.minimize(SPACE, XgbLikeTuningTestCase::loss)
        .name("XgbTuning.logLoss")
        .maxEvals(trials)
        .seed(7)
        // Random search keeps visiting the failing region, so every kind of row is on the page.
        .algorithm(Algorithms.random())
        .outputDirectory(dir);
  }

  /** What listeners are told about this tuning, without running it. */
  static TuningInfo info(Path dir, Map<String, String> settings) {
    return new TuningInfo(
        "XgbTuning.logLoss",
        SPACE,
        Direction.MINIMIZE,
        "random",
        7,
        20,
        null,
        1,
        1,
        "serial",
        dir,
        null,
        0,
        Instant.parse("2026-01-01T10:00:00Z"),
        settings);
  }

  /** A successful trial with fixed parameters. */
  static Trial<Assignment> ok(int number, double loss) {
    Assignment a =
        Assignment.builder()
            .put("eta", 0.03)
            .put("maxDepth", 4L)
            .put("subsample", 0.8)
            .put("booster", "dart")
            .put("regulariser", "none")
            .build();
    return new Trial<>(
        number,
        TrialStatus.OK,
        a,
        a,
        loss,
        Double.NaN,
        Instant.parse("2026-01-01T10:00:00Z"),
        Duration.ofMillis(40),
        null,
        Map.of());
  }

  static Loss loss(Assignment p, TrialContext context) throws InterruptedException {
    double eta = p.getDouble("eta");
    long depth = p.getLong("maxDepth");
    Thread.sleep(2 * depth); // deeper trees train longer, so durations differ
    if (depth >= 10 && eta > 0.05) {
      throw new IllegalStateException("training diverged: eta=" + eta + " with maxDepth=" + depth);
    }
    if (p.getString("booster").equals("gblinear") && p.getDouble("subsample") < 0.6) {
      return Loss.fail(MARKUP_FAILURE);
    }
    double x = Math.log10(eta) + 1.5;
    double loss = 0.2 + 0.05 * x * x + 0.004 * (depth - 5) * (depth - 5);
    loss += 0.1 * (1 - p.getDouble("subsample"));
    loss += p.getString("booster").equals("dart") ? -0.01 : 0;
    if (p.has("alpha")) {
      loss += 0.002 * Math.abs(Math.log10(p.getDouble("alpha")) + 2);
    }
    return Loss.of(loss);
  }
}
