package dev.parzen.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Parzen;
import dev.parzen.Trial;
import dev.parzen.TuningResult;
import dev.parzen.mlflow.MlflowTestState.Point;
import dev.parzen.mlflow.MlflowTestState.Run;
import dev.parzen.mlflow.internal.Values;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tunings tracked to {@link MlflowTestServer}, which checks every request against the protocol. */
class RestTrackingTests {

  private final MlflowTestServer server = MlflowTestServer.start();
  private final CapturedLog log = new CapturedLog();

  @AfterEach
  void everyRequestFollowedTheProtocol() {
    log.close();
    server.close();
    assertThat(server.violations()).isEmpty();
  }

  private Run parent() {
    assertThat(server.state().parents()).hasSize(1);
    return server.state().parents().get(0);
  }

  private List<Run> children() {
    return server.state().children(parent());
  }

  @Test
  void aTuningIsAParentRunWithOneChildRunPerTrial() {
    TuningResult<Assignment> r = TuningTestCase.xgb(server.uri()).run();
    assertThat(server.state().experiments())
        .singleElement()
        .extracting(MlflowTestState.Experiment::name)
        .isEqualTo("com.acme.XgbTuning");
    Run parent = parent();
    assertThat(parent.name()).isEqualTo("logLoss");
    assertThat(children()).hasSize(r.trials().size());
    assertThat(children())
        .extracting(Run::name)
        .containsExactly(
            "trial-0000",
            "trial-0001",
            "trial-0002",
            "trial-0003",
            "trial-0004",
            "trial-0005",
            "trial-0006",
            "trial-0007");
    assertThat(server.state().runs())
        .allSatisfy(run -> assertThat(run.status).isEqualTo("FINISHED"));
    assertThat(server.state().runs())
        .allSatisfy(run -> assertThat(run.experimentId).isEqualTo(parent.experimentId));
  }

  @Test
  void theParentRunCarriesTheSettingsAsParams() {
    TuningTestCase.xgb(server.uri()).run();
    Map<String, String> p = parent().params;
    assertThat(p)
        .containsEntry("seed", "7")
        .containsEntry("maxEvals", "8")
        .containsEntry("parallelism", "1")
        .containsEntry("direction", "MINIMIZE")
        .containsKeys("algorithm", "executor", "space", "threadsPerTrial");
    assertThat(p.get("space")).contains("eta: loguniform").contains("booster: choice");
    assertThat(parent().tags)
        .containsEntry("mlflow.source.type", "LOCAL")
        .containsEntry("parzen.tuning", TuningTestCase.NAME)
        .containsKeys("mlflow.user", "parzen.space", "parzen.space.fingerprint");
  }

  @Test
  void childRunsCarryTypedValuesNeverChoiceIndices() {
    TuningResult<Assignment> r = TuningTestCase.xgb(server.uri()).run();
    for (Run child : children()) {
      int number = Integer.parseInt(child.params.get("trial_number"));
      Assignment a = r.trials().list().get(number).assignment();
      assertThat(child.params)
          .containsOnlyKeys("trial_number", "eta", "maxDepth", "booster")
          .containsEntry("eta", Double.toString(a.getDouble("eta")))
          .containsEntry("maxDepth", Long.toString(a.getLong("maxDepth")))
          .containsEntry("booster", ((Enum<?>) a.get("booster")).name());
      assertThat(child.params.get("booster")).isIn("GBTREE", "DART");
      assertThat(child.params.get("maxDepth")).matches("\\d+");
    }
  }

  @Test
  void inactiveConditionalParametersAreAbsent() {
    TuningTestCase.tuning(TuningTestCase.conditionalSpace(), p -> 1.0, server.uri(), Map.of())
        .maxEvals(12)
        .run();
    for (Run child : children()) {
      String model = child.params.get("model");
      assertThat(child.params)
          .containsOnlyKeys("trial_number", "model", model.equals("linear") ? "c" : "depth");
    }
    assertThat(children()).extracting(c -> c.params.get("model")).contains("linear", "tree");
  }

  @Test
  void childRunsCarryLossAndDurationAtTheTrialStep() {
    TuningTestCase.tuning(
            TuningTestCase.xgbSpace(), p -> TuningTestCase.xgbLoss(p), server.uri(), Map.of())
        .run();
    for (Run child : children()) {
      long step = Long.parseLong(child.params.get("trial_number"));
      assertThat(child.metrics).containsKeys("loss", "duration_s");
      assertThat(child.metrics.get("loss")).singleElement().extracting(Point::step).isEqualTo(step);
      assertThat(child.tags)
          .containsEntry("parzen.trial.status", "OK")
          .containsEntry("mlflow.parentRunId", parent().id)
          .containsKey("parzen.trial.seed");
      assertThat(child.endTime).isGreaterThanOrEqualTo(child.startTime);
    }
  }

  @Test
  void lossVarianceIsLoggedWhenTheObjectiveReportsIt() {
    Parzen.minimize(TuningTestCase.xgbSpace(), (p, t) -> dev.parzen.Loss.ofFolds(1, 2, 3))
        .name(TuningTestCase.NAME)
        .maxEvals(3)
        .configuration(Map.of(MlflowTracking.TRACKING_URI, server.uri()))
        .run();
    assertThat(children())
        .allSatisfy(
            c ->
                assertThat(c.metrics.get("loss_variance"))
                    .singleElement()
                    .extracting(Point::value)
                    .isEqualTo(1.0));
  }

  @Test
  void failedTrialsAreFailedRunsWithTheirErrorAndNoLoss() {
    TuningResult<Assignment> r =
        TuningTestCase.tuning(
                TuningTestCase.xgbSpace(),
                p -> {
                  if (p.get("booster") == TuningTestCase.Booster.GBTREE) {
                    throw new IllegalStateException("gbtree diverged");
                  }
                  return 1.0;
                },
                server.uri(),
                Map.of())
            .maxEvals(12)
            .run();
    assertThat(r.trials().failed()).isNotEmpty();
    for (Trial<Assignment> t : r.trials()) {
      Run child = children().get(t.number());
      if (t.isOk()) {
        assertThat(child.status).isEqualTo("FINISHED");
        continue;
      }
      assertThat(child.status).isEqualTo("FAILED");
      assertThat(child.metrics).doesNotContainKey("loss").containsKey("duration_s");
      assertThat(child.tags)
          .containsEntry("parzen.trial.status", "FAILED")
          .containsEntry(
              "parzen.trial.error", IllegalStateException.class.getName() + ": gbtree diverged");
      assertThat(child.tags.get("mlflow.note.content")).startsWith("```").contains("at dev.parzen");
    }
  }

  @Test
  void timedOutTrialsAreFailedRunsTaggedTimedOut() {
    TuningResult<Assignment> r =
        TuningTestCase.tuning(
                TuningTestCase.xgbSpace(),
                p -> {
                  if (p.get("booster") == TuningTestCase.Booster.GBTREE) {
                    Thread.sleep(60_000);
                  }
                  return 1.0;
                },
                server.uri(),
                Map.of())
            .trialTimeout(java.time.Duration.ofMillis(100))
            .maxEvals(6)
            .run();
    List<Trial<Assignment>> timedOut =
        r.trials().stream().filter(t -> t.status() == dev.parzen.TrialStatus.TIMED_OUT).toList();
    assertThat(timedOut).isNotEmpty();
    for (Trial<Assignment> t : timedOut) {
      Run child = children().get(t.number());
      assertThat(child.status).isEqualTo("FAILED");
      assertThat(child.tags).containsEntry("parzen.trial.status", "TIMED_OUT");
    }
  }

  @Test
  void theParentEndsWithTheBestValuesAndTheBestLoss() {
    TuningResult<Assignment> r = TuningTestCase.xgb(server.uri()).run();
    Trial<Assignment> best = r.best();
    Run parent = parent();
    assertThat(parent.params)
        .containsEntry("best_trial_number", Integer.toString(best.number()))
        .containsEntry("best_eta", Values.format(best.assignment().get("eta")))
        .containsEntry("best_maxDepth", Values.format(best.assignment().get("maxDepth")))
        .containsEntry("best_booster", Values.format(best.assignment().get("booster")));
    assertThat(parent.metrics.get("best_loss"))
        .singleElement()
        .extracting(Point::value)
        .isEqualTo(best.loss());
    assertThat(parent.tags).containsEntry("parzen.stop_reason", "MAX_EVALS");
    assertThat(parent.tags.get("mlflow.note.content")).contains("Best: trial " + best.number());
    assertThat(parent.status).isEqualTo("FINISHED");
  }

  @Test
  void theParentKeepsTheLossHistoryAtTrialSteps() {
    TuningResult<Assignment> r = TuningTestCase.xgb(server.uri()).run();
    assertThat(parent().metrics.get("loss"))
        .extracting(Point::step)
        .containsExactlyElementsOf(r.trials().ok().stream().map(t -> (long) t.number()).toList());
  }

  @Test
  void maximisingTuningsSayTheirDirection() {
    Parzen.maximize(TuningTestCase.xgbSpace(), TuningTestCase::xgbLoss)
        .name(TuningTestCase.NAME)
        .maxEvals(4)
        .configuration(Map.of(MlflowTracking.TRACKING_URI, server.uri()))
        .run();
    assertThat(parent().params).containsEntry("direction", "MAXIMIZE");
  }

  @Test
  void theExperimentSettingOverridesTheTuningClass() {
    TuningTestCase.tuning(
            TuningTestCase.xgbSpace(),
            TuningTestCase::xgbLoss,
            server.uri(),
            Map.of(MlflowTracking.EXPERIMENT, "shared study"))
        .run();
    assertThat(server.state().experiments())
        .extracting(MlflowTestState.Experiment::name)
        .containsExactly("shared study");
  }

  @Test
  void anExistingExperimentIsReusedNotCreated() {
    server.state().addExperiment("com.acme.XgbTuning", "active");
    TuningTestCase.xgb(server.uri()).run();
    assertThat(server.requests("experiments/create")).isEmpty();
    assertThat(server.state().experiments()).hasSize(1);
    assertThat(parent().experimentId).isEqualTo(server.state().experiments().get(0).id());
  }

  @Test
  void anExperimentCreatedByAnotherClientMeanwhileIsUsed() {
    server.state().raceOnNextCreate();
    TuningTestCase.xgb(server.uri()).run();
    assertThat(server.requests("experiments/get-by-name")).hasSize(2);
    assertThat(server.state().experiments()).hasSize(1);
    assertThat(children()).hasSize(8);
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void postsAreJsonUnderTheApiPrefix() {
    TuningTestCase.xgb(server.uri()).run();
    assertThat(server.requests()).isNotEmpty();
    assertThat(server.requests())
        .filteredOn(r -> r.method().equals("POST"))
        .allSatisfy(r -> assertThat(r.contentType()).startsWith("application/json"));
    assertThat(server.requests())
        .allSatisfy(r -> assertThat(r.path()).startsWith("/api/2.0/mlflow/"));
  }

  @Test
  void theRunLinkIsLoggedWhenTheTuningEnds() {
    TuningTestCase.xgb(server.uri()).run();
    assertThat(log.infos())
        .singleElement()
        .asString()
        .contains(
            server.uri() + "/#/experiments/" + parent().experimentId + "/runs/" + parent().id);
    assertThat(log.warnings()).isEmpty();
  }
}
