package dev.parzen.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.NoSuccessfulTrialsException;
import dev.parzen.Trial;
import dev.parzen.TuningResult;
import dev.parzen.mlflow.MlrunsTree.RunDir;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tunings tracked to a {@code file:} URI, read back and checked against the rules of MLflow's file
 * store (see docs/mlflow.md): a writer mistake there makes runs vanish from the UI silently.
 */
class FileStoreTrackingTests {

  private static final List<String> EXPERIMENT_FIELDS =
      List.of(
          "artifact_location",
          "creation_time",
          "experiment_id",
          "last_update_time",
          "lifecycle_stage",
          "name");

  private static final List<String> RUN_FIELDS =
      List.of(
          "artifact_uri",
          "deleted_time",
          "end_time",
          "entry_point_name",
          "experiment_id",
          "lifecycle_stage",
          "run_id",
          "run_name",
          "run_uuid",
          "source_name",
          "source_type",
          "source_version",
          "start_time",
          "status",
          "tags",
          "user_id");

  @TempDir Path dir;
  private final CapturedLog log = new CapturedLog();

  @AfterEach
  void close() {
    log.close();
  }

  private MlrunsTree track() {
    TuningTestCase.xgb(uri()).run();
    return tree();
  }

  private MlrunsTree tree() {
    return new MlrunsTree(dir.resolve("mlruns"));
  }

  private String uri() {
    return dir.resolve("mlruns").toUri().toString();
  }

  private static String fileUri(Path p) {
    return p.toAbsolutePath().toUri().toString().replaceAll("/+$", "");
  }

  @Test
  void theStoreHasATrashFolderAndTheDefaultExperiment() {
    MlrunsTree tree = track();
    assertThat(tree.root().resolve(".trash")).isDirectory();
    Map<String, Object> meta = MlrunsTree.yaml(tree.root().resolve("0/meta.yaml"));
    assertThat(meta)
        .containsEntry("experiment_id", "0")
        .containsEntry("name", "Default")
        .containsEntry("lifecycle_stage", "active")
        .containsEntry("artifact_location", fileUri(tree.root().resolve("0")));
  }

  @Test
  void theExperimentMetaYamlHasMlflowsFieldsInSortedOrder() throws IOException {
    MlrunsTree tree = track();
    Path exp = tree.experiment("com.acme.XgbTuning");
    String id = exp.getFileName().toString();
    assertThat(id).matches("[1-9]\\d*");
    Map<String, Object> meta = MlrunsTree.yaml(exp.resolve("meta.yaml"));
    assertThat(meta.keySet()).containsExactlyElementsOf(EXPERIMENT_FIELDS);
    assertThat(meta)
        .containsEntry("experiment_id", id)
        .containsEntry("artifact_location", fileUri(exp))
        .containsEntry("lifecycle_stage", "active");
    assertThat(meta.get("creation_time")).isInstanceOf(Long.class);
    assertThat(Files.readString(exp.resolve("meta.yaml"))).contains("experiment_id: '" + id + "'");
  }

  @Test
  void runMetaYamlHasMlflowsFieldsInSortedOrder() {
    MlrunsTree tree = track();
    Path exp = tree.experiment("com.acme.XgbTuning");
    List<RunDir> runs = tree.runs(exp);
    assertThat(runs).hasSize(9);
    for (RunDir run : runs) {
      Map<String, Object> m = run.meta();
      assertThat(m.keySet()).containsExactlyElementsOf(RUN_FIELDS);
      assertThat(run.id()).matches("[0-9a-f]{32}");
      assertThat(m)
          .containsEntry("run_id", run.id())
          .containsEntry("run_uuid", run.id())
          .containsEntry("experiment_id", exp.getFileName().toString())
          .containsEntry("lifecycle_stage", "active")
          .containsEntry("source_type", 4)
          .containsEntry("status", 3)
          .containsEntry("entry_point_name", "")
          .containsEntry("source_name", "")
          .containsEntry("source_version", "")
          .containsEntry("user_id", System.getProperty("user.name"))
          .containsEntry("deleted_time", null)
          .containsEntry("artifact_uri", fileUri(run.dir().resolve("artifacts")));
      assertThat(m.get("tags")).asList().isEmpty();
      assertThat(run.dir().resolve("artifacts")).isDirectory();
      assertThat(((Number) m.get("end_time")).longValue())
          .isGreaterThanOrEqualTo(((Number) m.get("start_time")).longValue());
    }
  }

  @Test
  void runNamesInMetaYamlEqualTheRunNameTag() {
    MlrunsTree tree = track();
    for (RunDir run : tree.runs(tree.experiment("com.acme.XgbTuning"))) {
      assertThat(run.meta().get("run_name")).isEqualTo(run.name()).isNotNull();
    }
  }

  @Test
  void childRunsPointToTheirParent() {
    MlrunsTree tree = track();
    Path exp = tree.experiment("com.acme.XgbTuning");
    RunDir parent = tree.parents(exp).get(0);
    assertThat(tree.parents(exp)).hasSize(1);
    assertThat(parent.name()).isEqualTo("logLoss");
    assertThat(tree.children(exp, parent))
        .extracting(RunDir::name)
        .containsExactly(
            "trial-0000",
            "trial-0001",
            "trial-0002",
            "trial-0003",
            "trial-0004",
            "trial-0005",
            "trial-0006",
            "trial-0007");
  }

  @Test
  void paramsAreRawTypedValuesWithoutTrailingNewline() {
    TuningResult<Assignment> r = TuningTestCase.xgb(uri()).run();
    MlrunsTree tree = tree();
    Path exp = tree.experiment("com.acme.XgbTuning");
    List<RunDir> children = tree.children(exp, tree.parents(exp).get(0));
    for (Trial<Assignment> t : r.trials()) {
      Map<String, String> p = children.get(t.number()).params();
      assertThat(p)
          .containsOnlyKeys("trial_number", "eta", "maxDepth", "booster")
          .containsEntry("trial_number", Integer.toString(t.number()))
          .containsEntry("eta", Double.toString(t.assignment().getDouble("eta")))
          .containsEntry("maxDepth", Long.toString(t.assignment().getLong("maxDepth")))
          .containsEntry("booster", ((Enum<?>) t.assignment().get("booster")).name());
      assertThat(p.values()).allSatisfy(v -> assertThat(v).doesNotEndWith("\n"));
    }
  }

  @Test
  void metricLinesAreTimestampValueStep() {
    MlrunsTree tree = track();
    Path exp = tree.experiment("com.acme.XgbTuning");
    for (RunDir run : tree.runs(exp)) {
      for (String text : run.metrics().values()) {
        assertThat(text).endsWith("\n");
        for (String line : text.split("\n")) {
          assertThat(line).matches("\\d{13} \\S+ \\d+");
          Double.parseDouble(line.split(" ")[1]);
        }
      }
    }
    for (RunDir child : tree.children(exp, tree.parents(exp).get(0))) {
      String step = child.params().get("trial_number");
      assertThat(child.metrics().get("loss")).endsWith(" " + step + "\n");
    }
  }

  @Test
  void failedTrialsAreRunsWithStatusFour() {
    var tuning =
        TuningTestCase.tuning(
                TuningTestCase.xgbSpace(),
                p -> {
                  throw new IllegalStateException("no GPU");
                },
                uri(),
                Map.of())
            .maxEvals(3);
    assertThatThrownBy(tuning::run).isInstanceOf(NoSuccessfulTrialsException.class);
    MlrunsTree tree = tree();
    Path exp = tree.experiment("com.acme.XgbTuning");
    RunDir parent = tree.parents(exp).get(0);
    assertThat(parent.meta()).containsEntry("status", 4);
    assertThat(tree.children(exp, parent))
        .hasSize(3)
        .allSatisfy(c -> assertThat(c.meta()).containsEntry("status", 4))
        .allSatisfy(c -> assertThat(c.metrics()).doesNotContainKey("loss"))
        .allSatisfy(c -> assertThat(c.tags()).containsEntry("parzen.trial.status", "FAILED"));
  }

  @Test
  void theParentHoldsTheBestValuesAndBestLoss() {
    TuningResult<Assignment> r = TuningTestCase.xgb(uri()).run();
    MlrunsTree tree = tree();
    RunDir parent = tree.parents(tree.experiment("com.acme.XgbTuning")).get(0);
    assertThat(parent.params())
        .containsEntry("best_trial_number", Integer.toString(r.best().number()))
        .containsEntry("best_maxDepth", Long.toString(r.best().assignment().getLong("maxDepth")));
    assertThat(parent.metrics().get("best_loss")).contains(" " + r.best().loss() + " 0\n");
    assertThat(parent.tags()).containsEntry("parzen.stop_reason", "MAX_EVALS");
  }

  @Test
  void noTemporaryFilesAreLeftBehind() throws IOException {
    MlrunsTree tree = track();
    try (Stream<Path> all = Files.walk(tree.root())) {
      assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void aSecondTuningReusesTheExperiment() {
    TuningTestCase.xgb(uri()).run();
    MlrunsTree tree = track();
    assertThat(tree.experiments()).hasSize(2);
    assertThat(tree.parents(tree.experiment("com.acme.XgbTuning"))).hasSize(2);
  }

  @Test
  void theEndOfTheTuningSaysHowToOpenTheStore() {
    track();
    assertThat(log.infos())
        .singleElement()
        .asString()
        .contains("MLFLOW_ALLOW_FILE_STORE=true mlflow ui --backend-store-uri file:");
    assertThat(log.warnings()).isEmpty();
  }
}
