package dev.parzen.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Dimension;
import dev.parzen.Space;
import dev.parzen.StopReason;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import dev.parzen.Trials;
import dev.parzen.TuningInfo;
import dev.parzen.TuningResult;
import dev.parzen.annotations.Direction;
import dev.parzen.report.internal.ReportData.Axis;
import dev.parzen.report.internal.ReportData.Row;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotsTests {

  private static final Space<Assignment> SPACE =
      Space.builder()
          .loguniform("eta", 1e-3, 0.5)
          .quniformInt("maxDepth", 2, 12, 1)
          .normal("shift", 0, 1)
          .qlognormal("leaves", 3, 1, 1)
          .choice("batch", 32, 64, 128)
          .add(
              new Dimension.Branches(
                  "model",
                  List.of(
                      new Dimension.Branch(
                          "svm", List.of(new Dimension.LogUniform("C", 1e-2, 100))),
                      new Dimension.Branch("tree", List.of())),
                  List.of()))
          .build();

  private static TuningInfo info(Direction direction) {
    return new TuningInfo(
        "Models.accuracy",
        SPACE,
        direction,
        "tpe",
        11,
        10,
        null,
        2,
        1,
        "threads",
        Path.of("target", "unused"),
        null,
        0,
        Instant.EPOCH,
        Map.of());
  }

  private static Trial<Assignment> trial(int number, TrialStatus status, double loss, boolean svm) {
    Assignment.Builder a =
        Assignment.builder()
            .put("eta", 0.01)
            .put("maxDepth", 5L)
            .put("shift", 0.2)
            .put("leaves", 20.0)
            .put("batch", 64)
            .put("model", svm ? "svm" : "tree");
    if (svm) {
      a.put("C", 3.5);
    }
    TrialError error =
        status == TrialStatus.OK ? null : new TrialError("java.lang.X", "boom", trace(40));
    return new Trial<>(
        number,
        status,
        a.build(),
        a.build(),
        loss,
        Double.NaN,
        Instant.EPOCH,
        Duration.ofMillis(1500),
        error,
        Map.of());
  }

  private static String trace(int lines) {
    StringBuilder s = new StringBuilder("java.lang.X: boom\n");
    for (int i = 0; i < lines; i++) {
      s.append("\tat Frame.method").append(i).append("(Frame.java)\n");
    }
    return s.toString();
  }

  private static Axis axis(ReportData data, String label) {
    return data.params().stream().filter(a -> a.label().equals(label)).findFirst().orElseThrow();
  }

  private static ReportData running(List<Trial<?>> trials) {
    return Snapshots.running(
        info(Direction.MINIMIZE), trials, 1, Duration.ofSeconds(4), Duration.ofSeconds(3));
  }

  @Test
  void logKindsGetLogAxesWithTheirRealBounds() {
    Axis eta = axis(running(List.of()), "eta");

    assertThat(eta.type()).isEqualTo("log");
    assertThat(eta.min()).isEqualTo(1e-3);
    assertThat(eta.max()).isEqualTo(0.5);
  }

  @Test
  void aQuantisedLogKindThatCanRoundToZeroGetsALinearAxis() {
    assertThat(axis(running(List.of()), "leaves").type()).isEqualTo("value");
  }

  @Test
  void unboundedKindsLeaveTheirAxisOpen() {
    Axis shift = axis(running(List.of()), "shift");

    assertThat(shift.type()).isEqualTo("value");
    assertThat(shift.min()).isNull();
    assertThat(shift.max()).isNull();
  }

  @Test
  void choicesAndBranchesAreCategoriesAndTheirValuesText() {
    ReportData data = running(List.of(trial(0, TrialStatus.OK, 0.3, true)));

    assertThat(axis(data, "batch").categories()).containsExactly("32", "64", "128");
    assertThat(axis(data, "model").categories()).containsExactly("svm", "tree");
    assertThat(data.trials().get(0).values())
        .containsEntry("batch", "64")
        .containsEntry("model", "svm")
        .containsEntry("maxDepth", 5L);
  }

  @Test
  void conditionalParametersNameTheirConditionAndAreAbsentElsewhere() {
    ReportData data = running(List.of(trial(0, TrialStatus.OK, 0.3, false)));

    assertThat(axis(data, "C").condition()).isEqualTo("model = svm");
    assertThat(axis(data, "eta").condition()).isNull();
    assertThat(data.trials().get(0).values()).doesNotContainKey("C");
  }

  @Test
  void failedTrialsCarryTheirErrorAndAShortenedTraceButNoLoss() {
    Row row = running(List.of(trial(0, TrialStatus.FAILED, Double.NaN, true))).trials().get(0);

    assertThat(row.status()).isEqualTo("FAILED");
    assertThat(row.loss()).isNull();
    assertThat(row.error()).isEqualTo("java.lang.X: boom");
    assertThat(row.trace().lines()).hasSize(26).last().asString().contains("16 more lines");
  }

  @Test
  void aRunningSnapshotNamesTheBestSoFarInTheTuningsDirectionAndReloads() {
    List<Trial<?>> trials =
        List.of(
            trial(2, TrialStatus.OK, 0.9, true),
            trial(0, TrialStatus.OK, 0.4, true),
            trial(1, TrialStatus.FAILED, Double.NaN, true));

    ReportData min = running(trials);
    ReportData max =
        Snapshots.running(
            info(Direction.MAXIMIZE), trials, 0, Duration.ofSeconds(1), Duration.ofMillis(2500));

    assertThat(min.best()).isEqualTo(0);
    assertThat(max.best()).isEqualTo(2);
    assertThat(min.trials()).extracting(Row::number).containsExactly(0, 1, 2);
    assertThat(min.running()).isTrue();
    assertThat(min.refreshSeconds()).isEqualTo(3);
    assertThat(min.stopReason()).isNull();
  }

  @Test
  void aFinishedSnapshotHasTheStopReasonAndDiagnosticsAndNoReload() {
    Trial<Assignment> only = trial(0, TrialStatus.OK, 0.4, true);
    TuningResult<Assignment> result =
        new TuningResult<>(
            "Models.accuracy",
            new Trials<>(List.of(only), Direction.MINIMIZE),
            StopReason.EARLY_STOP,
            11,
            10,
            null,
            Duration.ofSeconds(8),
            List.of(new Diagnostic(Diagnostic.Kind.BOUND_PRESSING, "C", "C: widen max")),
            "tpe");

    ReportData data = Snapshots.finished(info(Direction.MINIMIZE), result);

    assertThat(data.running()).isFalse();
    assertThat(data.refreshSeconds()).isZero();
    assertThat(data.stopReason()).isEqualTo("early stop: no progress");
    assertThat(data.elapsedSeconds()).isEqualTo(8.0);
    assertThat(data.diagnostics())
        .singleElement()
        .isEqualTo(new ReportData.Note("BOUND_PRESSING", "C", "C: widen max"));
  }
}
