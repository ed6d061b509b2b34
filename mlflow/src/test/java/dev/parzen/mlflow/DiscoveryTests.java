package dev.parzen.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Parzen;
import dev.parzen.TuningListener;
import java.nio.file.Path;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Putting the module on the class path and setting the tracking URI is all it takes: the listener
 * is found by {@link ServiceLoader}, with no {@code .listener(...)} call and no code change.
 */
class DiscoveryTests {

  @TempDir Path dir;
  private final MlflowTestServer server = MlflowTestServer.start();
  private final CapturedLog log = new CapturedLog();

  @AfterEach
  void close() {
    log.close();
    server.close();
    assertThat(server.violations()).isEmpty();
  }

  @Test
  void theListenerIsRegisteredForServiceLoader() {
    assertThat(ServiceLoader.load(TuningListener.class).stream())
        .extracting(ServiceLoader.Provider::type)
        .contains(MlflowTracking.class);
  }

  @Test
  void aConfiguredTrackingUriIsAllAServerNeeds() {
    Parzen.minimize(TuningTestCase.xgbSpace(), TuningTestCase::xgbLoss)
        .name("XgbTuning.logLoss")
        .maxEvals(5)
        .configuration(Map.of("parzen.mlflow.trackingUri", server.uri()))
        .run();
    assertThat(server.state().parents())
        .singleElement()
        .extracting(r -> r.name())
        .isEqualTo("logLoss");
    assertThat(server.state().runs()).hasSize(6);
  }

  @Test
  void aConfiguredFileUriIsAllALocalStoreNeeds() {
    Path mlruns = dir.resolve("mlruns");
    Parzen.minimize(TuningTestCase.xgbSpace(), TuningTestCase::xgbLoss)
        .name("XgbTuning.logLoss")
        .maxEvals(5)
        .configuration(Map.of("parzen.mlflow.trackingUri", "file:" + mlruns))
        .run();
    MlrunsTree tree = new MlrunsTree(mlruns);
    assertThat(tree.runs(tree.experiment("XgbTuning"))).hasSize(6);
  }

  @Test
  void turningDiscoveryOffTurnsTrackingOff() {
    Parzen.minimize(TuningTestCase.xgbSpace(), TuningTestCase::xgbLoss)
        .maxEvals(3)
        .discoverListeners(false)
        .configuration(Map.of("parzen.mlflow.trackingUri", server.uri()))
        .run();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void anExplicitListenerWorksLikeTheDiscoveredOne() {
    Parzen.minimize(TuningTestCase.xgbSpace(), TuningTestCase::xgbLoss)
        .name("XgbTuning.logLoss")
        .maxEvals(3)
        .discoverListeners(false)
        .listener(new MlflowTracking())
        .configuration(Map.of("parzen.mlflow.trackingUri", server.uri()))
        .run();
    assertThat(server.state().runs()).hasSize(4);
  }
}
