package dev.parzen.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.TuningResult;
import dev.parzen.mlflow.internal.FileStore;
import dev.parzen.mlflow.internal.LogBatch;
import dev.parzen.mlflow.internal.Metric;
import dev.parzen.mlflow.internal.NewRun;
import dev.parzen.mlflow.internal.Param;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** The file store shares its directory with MLflow itself: files it wrote, rules it keeps. */
class FileStoreCompatibilityTests {

  @TempDir Path dir;
  private final CapturedLog log = new CapturedLog();

  @AfterEach
  void close() {
    log.close();
  }

  private Path root() {
    return dir.resolve("mlruns");
  }

  /** A meta.yaml as MLflow writes it: sorted keys, block style, PyYAML's folding. */
  private void mlflowExperiment(Path parent, String id, String name, String stage)
      throws IOException {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("artifact_location", parent.resolve(id).toUri().toString());
    meta.put("creation_time", 1672364273202L);
    meta.put("experiment_id", id);
    meta.put("last_update_time", 1672364273202L);
    meta.put("lifecycle_stage", stage);
    meta.put("name", name);
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    Files.createDirectories(parent.resolve(id));
    Files.writeString(parent.resolve(id).resolve("meta.yaml"), new Yaml(options).dump(meta));
  }

  private NewRun run(String experimentId) {
    return new NewRun(experimentId, "r", 1000L, List.of());
  }

  @Test
  void anExperimentWrittenByMlflowIsReused() throws IOException {
    String name = "com.acme.XgbTuning";
    mlflowExperiment(root(), "275131337", name, "active");
    TuningTestCase.xgb(root().toUri().toString()).run();
    MlrunsTree tree = new MlrunsTree(root());
    assertThat(tree.experiments()).containsOnlyKeys("0", "275131337");
    assertThat(tree.runs(tree.experiments().get("275131337"))).hasSize(9);
  }

  @Test
  void longExperimentNamesFoldedByMlflowAreFound() throws IOException {
    String name = "study of " + "very long words ".repeat(8) + "end";
    mlflowExperiment(root(), "31", name, "active");
    FileStore store = new FileStore(root(), "alice");
    assertThat(store.experimentId(name)).isEqualTo("31");
  }

  @Test
  void experimentNamesThatNeedQuotingAreFoundAgain() throws IOException {
    FileStore store = new FileStore(root(), "alice");
    String id = store.experimentId("true: 'x' #1");
    assertThat(new FileStore(root(), "bob").experimentId("true: 'x' #1")).isEqualTo(id);
    assertThat(MlrunsTree.yaml(root().resolve(id).resolve("meta.yaml")))
        .containsEntry("name", "true: 'x' #1");
  }

  @Test
  void aDeletedExperimentInTheTrashIsNotRevived() throws IOException {
    Files.createDirectories(root().resolve("0"));
    mlflowExperiment(root().resolve(".trash"), "55", "com.acme.XgbTuning", "deleted");
    TuningResult<Assignment> r = TuningTestCase.xgb(root().toUri().toString()).run();
    assertThat(r.trials().size()).isEqualTo(8);
    assertThat(new MlrunsTree(root()).experiments()).containsOnlyKeys("0");
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains("is deleted")
        .contains("--experiment-id 55");
  }

  @Test
  void anUnwritableStoreWarnsOnceAndTheTuningCompletes() throws IOException {
    Files.writeString(root(), "a file where the store should be");
    TuningResult<Assignment> r = TuningTestCase.xgb(root().toUri().toString()).run();
    assertThat(r.trials().size()).isEqualTo(8);
    assertThat(log.warnings()).singleElement().asString().contains("stopped");
  }

  @Test
  void paramsAreWriteOnce() throws IOException {
    FileStore store = new FileStore(root(), "alice");
    String runId = store.createRun(run(store.experimentId("e")));
    store.log(runId, LogBatch.ofParams(List.of(new Param("lr", "0.1"))));
    store.log(runId, LogBatch.ofParams(List.of(new Param("lr", "0.1"))));
    assertThatThrownBy(() -> store.log(runId, LogBatch.ofParams(List.of(new Param("lr", "0.2")))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("param 'lr'")
        .hasMessageContaining("already has the value '0.1'")
        .hasMessageContaining("write-once");
  }

  @Test
  void metricLinesAreAppendedInOrder() throws IOException {
    FileStore store = new FileStore(root(), "alice");
    String exp = store.experimentId("e");
    String runId = store.createRun(run(exp));
    store.log(runId, LogBatch.ofMetrics(List.of(new Metric("loss", 0.5, 2000L, 0))));
    store.log(runId, LogBatch.ofMetrics(List.of(new Metric("loss", 1e-5, 3000L, 1))));
    assertThat(Files.readString(root().resolve(exp).resolve(runId).resolve("metrics/loss")))
        .isEqualTo("2000 0.5 0\n3000 1.0E-5 1\n");
  }

  @Test
  void keysWithSlashesAreSubFolders() throws IOException {
    FileStore store = new FileStore(root(), "alice");
    String exp = store.experimentId("e");
    String runId = store.createRun(run(exp));
    store.log(runId, LogBatch.ofMetrics(List.of(new Metric("train/loss", 0.5, 2000L, 0))));
    assertThat(root().resolve(exp).resolve(runId).resolve("metrics/train/loss")).isRegularFile();
  }

  @Test
  void theRunNameIsAlsoItsTag() throws IOException {
    FileStore store = new FileStore(root(), "alice");
    String exp = store.experimentId("e");
    String runId = store.createRun(run(exp));
    Path runDir = root().resolve(exp).resolve(runId);
    assertThat(Files.readString(runDir.resolve("tags/mlflow.runName"))).isEqualTo("r");
    assertThat(MlrunsTree.yaml(runDir.resolve("meta.yaml"))).containsEntry("run_name", "r");
  }
}
