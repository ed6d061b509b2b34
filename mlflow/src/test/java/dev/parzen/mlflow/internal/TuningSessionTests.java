package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Space;
import dev.parzen.TuningInfo;
import dev.parzen.annotations.Direction;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TuningSessionTests {

  private static TuningInfo info(String name) {
    return new TuningInfo(
        name,
        Space.builder().uniform("x", 0, 1).build(),
        Direction.MINIMIZE,
        "tpe",
        1,
        10,
        null,
        1,
        1,
        "serial",
        Path.of("target"),
        null,
        0,
        Instant.now(),
        Map.of());
  }

  @Test
  void withoutATrackingUriThereIsNoSession() {
    assertThat(TuningSession.open(info("A.b"), k -> Optional.empty())).isEmpty();
  }

  @Test
  void mlflowsOwnVariableIsTheFallback() {
    Map<String, String> env = Map.of("MLFLOW_TRACKING_URI", "http://127.0.0.1:9");
    var settings = TrackingSettings.read("A.b", k -> Optional.ofNullable(env.get(k)));
    assertThat(settings)
        .get()
        .extracting(TrackingSettings::target)
        .isInstanceOf(TrackingTarget.Server.class);
  }

  @Test
  void theParzenSettingWinsOverMlflowsVariable() {
    Map<String, String> s =
        Map.of(
            "MLFLOW_TRACKING_URI",
            "http://127.0.0.1:9",
            TrackingSettings.TRACKING_URI,
            "file:/tmp/m");
    var settings = TrackingSettings.read("A.b", k -> Optional.ofNullable(s.get(k)));
    assertThat(settings)
        .get()
        .extracting(TrackingSettings::target)
        .isInstanceOf(TrackingTarget.LocalStore.class);
  }

  @Test
  void theExperimentIsTheTuningClassByDefault() {
    Map<String, String> s = Map.of(TrackingSettings.TRACKING_URI, "file:/tmp/m");
    assertThat(
            TrackingSettings.read("com.acme.XgbTuning.logLoss", k -> Optional.ofNullable(s.get(k))))
        .get()
        .extracting(TrackingSettings::experiment)
        .isEqualTo("com.acme.XgbTuning");
    assertThat(TrackingSettings.read("tuning", k -> Optional.ofNullable(s.get(k))))
        .get()
        .extracting(TrackingSettings::experiment)
        .isEqualTo("tuning");
  }

  @Test
  void mlflowsExperimentVariableIsTheFallbackForTheExperiment() {
    Map<String, String> s =
        Map.of(TrackingSettings.TRACKING_URI, "file:/tmp/m", "MLFLOW_EXPERIMENT_NAME", "team");
    assertThat(TrackingSettings.read("A.b", k -> Optional.ofNullable(s.get(k))))
        .get()
        .extracting(TrackingSettings::experiment)
        .isEqualTo("team");
  }

  @Test
  void runNamesAreTheTuningMethod() {
    assertThat(ParentLayout.runName("com.acme.XgbTuning.logLoss")).isEqualTo("logLoss");
    assertThat(ParentLayout.runName("tuning")).isEqualTo("tuning");
  }
}
