package dev.parzen.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parzen.mlflow.engine.BowlTuningTestCase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A {@code @Tune} class run by the JUnit engine is tracked once the module is on the class path and
 * the tracking URI is configured: no code in the tuning class mentions MLflow.
 */
class EngineRunTests {

  @TempDir Path dir;
  private final MlflowTestServer server = MlflowTestServer.start();

  @AfterEach
  void close() {
    server.close();
    assertThat(server.violations()).isEmpty();
  }

  private void run(String trackingUri) {
    EngineTestKit.engine("parzen")
        .selectors(selectClass(BowlTuningTestCase.class))
        .configurationParameter("parzen.dir", dir.resolve("parzen").toString())
        .configurationParameter("parzen.mlflow.trackingUri", trackingUri)
        .execute()
        .testEvents()
        .assertStatistics(s -> s.succeeded(12));
  }

  @Test
  void aTuneMethodIsTrackedOnAServerAsAParentRunWithOneChildPerTrial() {
    run(server.uri());
    assertThat(server.state().parents())
        .singleElement()
        .extracting(r -> r.name())
        .isEqualTo("bowl");
    assertThat(server.state().runs()).hasSize(13);
  }

  @Test
  void aTuneMethodIsTrackedInALocalFileStore() {
    Path mlruns = dir.resolve("mlruns");
    run("file:" + mlruns);
    MlrunsTree tree = new MlrunsTree(mlruns);
    Path experiment = tree.experiment("BowlTuningTestCase");
    assertThat(tree.parents(experiment))
        .singleElement()
        .extracting(r -> r.name())
        .isEqualTo("bowl");
    assertThat(tree.runs(experiment)).hasSize(13);
  }
}
