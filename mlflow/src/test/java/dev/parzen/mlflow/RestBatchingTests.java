package dev.parzen.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Space;
import dev.parzen.mlflow.MlflowTestState.Run;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Wide spaces and long values stay within the log-batch limits the server enforces. */
class RestBatchingTests {

  private final MlflowTestServer server = MlflowTestServer.start();
  private final CapturedLog log = new CapturedLog();

  @AfterEach
  void close() {
    log.close();
    server.close();
    assertThat(server.violations()).isEmpty();
    assertThat(log.warnings()).isEmpty();
  }

  @Test
  void aSpaceWithMoreThanOneHundredParametersIsLoggedInSeveralBatches() {
    TuningTestCase.tuning(TuningTestCase.wideSpace(230), p -> 1.0, server.uri(), Map.of())
        .maxEvals(2)
        .run();
    Run parent = server.state().parents().get(0);
    assertThat(server.state().children(parent))
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.params).hasSize(231));
    assertThat(parent.params.keySet().stream().filter(k -> k.startsWith("best_w"))).hasSize(230);
    assertThat(server.requests("runs/log-batch"))
        .allSatisfy(r -> assertThat(r.json().path("params").size()).isLessThanOrEqualTo(100));
  }

  @Test
  void longParamValuesAreCutWithANote() {
    String longOption = "x".repeat(400);
    Space<Assignment> space = Space.builder().choice("text", longOption).build();
    TuningTestCase.tuning(space, p -> 1.0, server.uri(), Map.of()).maxEvals(1).run();
    Run child = server.state().children(server.state().parents().get(0)).get(0);
    assertThat(child.params.get("text")).hasSize(250).endsWith("…");
    assertThat(child.tags.get("parzen.truncated"))
        .isEqualTo("param text: 400 characters cut to 250");
  }

  @Test
  void theParamValueLimitCanBeRaisedForRecentServers() {
    server.acceptParamValuesUpTo(6000);
    String option = "y".repeat(300);
    Space<Assignment> space = Space.builder().choice("text", option).build();
    TuningTestCase.tuning(
            space, p -> 1.0, server.uri(), Map.of(MlflowTracking.MAX_PARAM_VALUE_LENGTH, "6000"))
        .maxEvals(1)
        .run();
    Run child = server.state().children(server.state().parents().get(0)).get(0);
    assertThat(child.params.get("text")).isEqualTo(option);
    assertThat(child.tags).doesNotContainKey("parzen.truncated");
  }

  @Test
  void labelsMlflowWouldRejectAreSanitized() {
    Space<Assignment> space =
        Space.builder().uniform("lr:base", 0, 1).uniform("../escape", 0, 1).build();
    TuningTestCase.tuning(space, p -> 1.0, server.uri(), Map.of()).maxEvals(1).run();
    Run child = server.state().children(server.state().parents().get(0)).get(0);
    assertThat(child.params).containsOnlyKeys("trial_number", "lr_base", "__/escape");
  }
}
