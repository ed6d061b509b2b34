package dev.parzen.console;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Space;
import dev.parzen.StopReason;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import dev.parzen.Trials;
import dev.parzen.TuningInfo;
import dev.parzen.TuningProgress;
import dev.parzen.TuningResult;
import dev.parzen.annotations.Direction;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A tuning described by hand: the values a listener receives, without running anything. */
final class TuningTestCase {

  static final Space<Assignment> SPACE =
      Space.builder().quniformInt("maxDepth", 2, 12, 1).loguniform("eta", 1e-3, 0.5).build();

  private TuningTestCase() {}

  static TuningInfo info(int maxEvals, Map<String, String> settings) {
    return info(maxEvals, 0, Path.of("target", "no-such-dir", "XgbTuning.logLoss"), settings);
  }

  static TuningInfo info(int maxEvals, int resumed, Path output, Map<String, String> settings) {
    return new TuningInfo(
        "XgbTuning.logLoss",
        SPACE,
        Direction.MINIMIZE,
        "random",
        7,
        maxEvals,
        null,
        1,
        1,
        "serial",
        output,
        null,
        resumed,
        Instant.EPOCH,
        settings);
  }

  static Trial<Assignment> ok(int number, double loss, int maxDepth, double eta) {
    Assignment a = Assignment.builder().put("maxDepth", (long) maxDepth).put("eta", eta).build();
    return new Trial<>(
        number,
        TrialStatus.OK,
        a,
        a,
        loss,
        Double.NaN,
        Instant.EPOCH,
        Duration.ofMillis(300),
        null,
        Map.of());
  }

  static Trial<Assignment> failed(int number) {
    Assignment a = Assignment.builder().put("maxDepth", 3L).put("eta", 0.4).build();
    return new Trial<>(
        number,
        TrialStatus.FAILED,
        a,
        a,
        Double.NaN,
        Double.NaN,
        Instant.EPOCH,
        Duration.ofMillis(100),
        TrialError.reported("diverged"),
        Map.of());
  }

  static TuningProgress progress(int finished, int failed, Trial<?> best, Duration elapsed) {
    return new TuningProgress(finished, failed, 0, 120, best, elapsed);
  }

  static TuningResult<Assignment> result(
      List<Trial<Assignment>> trials,
      StopReason stop,
      Duration elapsed,
      List<Diagnostic> diagnostics) {
    return new TuningResult<>(
        "XgbTuning.logLoss",
        new Trials<>(trials, Direction.MINIMIZE),
        stop,
        7,
        trials.size(),
        null,
        elapsed,
        diagnostics,
        "random");
  }
}
