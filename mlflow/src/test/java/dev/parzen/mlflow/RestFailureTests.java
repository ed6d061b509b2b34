package dev.parzen.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.TuningResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tracking failures never fail a tuning: one warning, tracking stops, the tuning goes on. */
class RestFailureTests {

  private static final String TOKEN = "tok-7f3a-secret";

  private final MlflowTestServer server = MlflowTestServer.start();
  private final CapturedLog log = new CapturedLog();

  @AfterEach
  void close() {
    log.close();
    server.close();
    assertThat(server.violations()).isEmpty();
  }

  @Test
  void aServerErrorMidRunDoesNotFailTheTuningAndWarnsOnce() {
    server.failFrom("runs/log-batch", 4, 500, "INTERNAL_ERROR");
    TuningResult<Assignment> r = TuningTestCase.xgb(server.uri()).run();
    assertThat(r.trials().size()).isEqualTo(8);
    assertThat(r.trials().ok()).hasSize(8);
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains("MLflow tracking of tuning '" + TuningTestCase.NAME + "'")
        .contains("HTTP 500 (INTERNAL_ERROR) to POST runs/log-batch")
        .contains("The tuning goes on");
  }

  @Test
  void afterAFailureNothingMoreIsSent() {
    server.failFrom("runs/log-batch", 4, 500, "INTERNAL_ERROR");
    TuningTestCase.xgb(server.uri()).run();
    List<MlflowTestServer.Request> all = server.requests();
    assertThat(all.get(all.size() - 1).endpoint()).isEqualTo("runs/log-batch");
    assertThat(server.requests("runs/log-batch")).hasSize(4);
  }

  @Test
  void anUnreachableServerWarnsOnceAndTheTuningCompletes() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    TuningResult<Assignment> r = TuningTestCase.xgb("http://127.0.0.1:" + port).run();
    assertThat(r.trials().size()).isEqualTo(8);
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains("cannot reach MLflow at http://127.0.0.1:" + port);
  }

  @Test
  void aTransientUnavailableAnswerIsRetried() {
    server.failCall("runs/create", 2, 503, "TEMPORARILY_UNAVAILABLE");
    TuningTestCase.xgb(server.uri()).run();
    assertThat(log.warnings()).isEmpty();
    assertThat(server.state().runs()).hasSize(9);
    assertThat(server.requests("runs/create")).hasSize(10);
  }

  @Test
  void theTokenIsSentOnEveryRequest() {
    server.requireAuthorization("Bearer " + TOKEN);
    TuningTestCase.tuning(
            TuningTestCase.xgbSpace(),
            TuningTestCase::xgbLoss,
            server.uri(),
            Map.of("MLFLOW_TRACKING_TOKEN", TOKEN))
        .run();
    assertThat(server.requests())
        .hasSizeGreaterThan(10)
        .allSatisfy(r -> assertThat(r.authorization()).isEqualTo("Bearer " + TOKEN));
    assertThat(server.state().runs()).hasSize(9);
  }

  @Test
  void theTokenIsNeverLoggedEvenWhenTrackingFails() {
    server.requireAuthorization("Bearer " + TOKEN);
    server.failFrom("runs/update", 1, 500, "INTERNAL_ERROR");
    TuningTestCase.tuning(
            TuningTestCase.xgbSpace(),
            TuningTestCase::xgbLoss,
            server.uri(),
            Map.of("MLFLOW_TRACKING_TOKEN", TOKEN))
        .run();
    assertThat(log.warnings()).hasSize(1);
    assertThat(log.everything()).contains("INTERNAL_ERROR").doesNotContain(TOKEN);
  }

  @Test
  void aRejectedTokenWarnsWithTheVariableToCheckButNotItsValue() {
    server.requireAuthorization("Bearer the-right-one");
    TuningTestCase.tuning(
            TuningTestCase.xgbSpace(),
            TuningTestCase::xgbLoss,
            server.uri(),
            Map.of("MLFLOW_TRACKING_TOKEN", TOKEN))
        .run();
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains("HTTP 401")
        .contains("check MLFLOW_TRACKING_TOKEN");
    assertThat(log.everything()).doesNotContain(TOKEN);
  }

  @Test
  void passwordsInTheUriAreNeverLogged() {
    String uri = server.uri().replace("http://", "http://bob:pa55word@");
    server.failFrom("runs/create", 1, 500, "INTERNAL_ERROR");
    TuningTestCase.xgb(uri).run();
    assertThat(server.requests("runs/create").get(0).authorization()).startsWith("Basic ");
    assertThat(log.warnings()).singleElement().asString().contains(server.uri());
    assertThat(log.everything()).doesNotContain("pa55word");
  }

  @Test
  void aDeletedExperimentIsNotUsedAndTheWarningSaysHowToRestoreIt() {
    server.state().addExperiment("com.acme.XgbTuning", "deleted");
    TuningResult<Assignment> r = TuningTestCase.xgb(server.uri()).run();
    assertThat(r.trials().size()).isEqualTo(8);
    assertThat(server.state().runs()).isEmpty();
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains("is deleted")
        .contains("mlflow experiments restore --experiment-id 1")
        .contains("parzen.mlflow.experiment");
  }

  @Test
  void anUnsupportedUriWarnsAndTracksNothing() {
    TuningResult<Assignment> r = TuningTestCase.xgb("sqlite:///mlflow.db").run();
    assertThat(r.trials().size()).isEqualTo(8);
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains("MLflow tracking is off")
        .contains("scheme 'sqlite' is not supported");
  }

  @Test
  void anInvalidSettingWarnsWithTheFix() {
    TuningTestCase.tuning(
            TuningTestCase.xgbSpace(),
            TuningTestCase::xgbLoss,
            server.uri(),
            Map.of(MlflowTracking.REQUEST_TIMEOUT, "soon"))
        .run();
    assertThat(server.requests()).isEmpty();
    assertThat(log.warnings())
        .singleElement()
        .asString()
        .contains("parzen.mlflow.requestTimeoutSeconds must be a whole number from 1 to 3600")
        .contains("'soon'");
  }
}
