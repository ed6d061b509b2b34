package dev.parzen.junit;

import static dev.parzen.junit.ParzenAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.StopReason;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import dev.parzen.Trials;
import dev.parzen.TuningResult;
import dev.parzen.annotations.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParzenAssertionsTests {

  private static Trial<Assignment> ok(int number, double loss, double eta) {
    Assignment a = Assignment.of(Map.of("eta", eta));
    return new Trial<>(
        number,
        TrialStatus.OK,
        a,
        a,
        loss,
        Double.NaN,
        Instant.EPOCH,
        Duration.ofSeconds(1),
        null,
        Map.of());
  }

  private static Trial<Assignment> failed(int number) {
    Assignment a = Assignment.of(Map.of("eta", 0.5));
    return new Trial<>(
        number,
        TrialStatus.FAILED,
        a,
        a,
        Double.NaN,
        Double.NaN,
        Instant.EPOCH,
        Duration.ofSeconds(1),
        TrialError.reported("diverged"),
        Map.of());
  }

  private static TuningResult<Assignment> result(List<Trial<Assignment>> trials, Diagnostic... d) {
    return new TuningResult<>(
        "XgbTuning.logLoss",
        new Trials<>(trials, Direction.MINIMIZE),
        StopReason.MAX_EVALS,
        7,
        trials.size(),
        null,
        Duration.ofSeconds(3),
        List.of(d),
        "random");
  }

  private static final TuningResult<Assignment> RESULT =
      result(
          List.of(ok(0, 0.4, 0.1), ok(1, 0.213, 0.031), failed(2)),
          new Diagnostic(Diagnostic.Kind.STILL_IMPROVING, null, "the loss was still improving"));

  @Test
  void aBestLossBelowTheLimitPasses() {
    assertThatCode(() -> assertThat(RESULT).hasBestLossBelow(0.25)).doesNotThrowAnyException();
  }

  @Test
  void aBestLossAtOrAboveTheLimitFailsNamingTheTuningAndItsBestTrial() {
    assertThatThrownBy(() -> assertThat(RESULT).hasBestLossBelow(0.2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expecting the best loss of XgbTuning.logLoss to be below 0.2 but it was 0.213")
        .hasMessageContaining("best: trial #1 {eta=0.031}; 3 trials, 1 failed, seed 7");
  }

  @Test
  void bestLossAboveChecksMaximisedScores() {
    assertThatCode(() -> assertThat(RESULT).hasBestLossAbove(0.2)).doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(RESULT).hasBestLossAbove(0.3))
        .hasMessageContaining("to be above 0.3 but it was 0.213");
  }

  @Test
  void aTuningWithoutSuccessFailsLossAssertionsWithAClearMessage() {
    assertThatThrownBy(() -> assertThat(result(List.of(failed(0)))).hasBestLossBelow(1))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the best trial of XgbTuning.logLoss to be below 1.0 but no trial succeeded"
                + " (1 trials)");
  }

  @Test
  void successfulTrialsAreCounted() {
    assertThatCode(() -> assertThat(RESULT).hasAtLeastSuccessfulTrials(2))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(RESULT).hasAtLeastSuccessfulTrials(3))
        .hasMessageContaining("to have at least 3 successful trials but it had 2");
  }

  @Test
  void theBestParameterMustLieWithinTheRange() {
    assertThatCode(() -> assertThat(RESULT).hasBestParameterWithin("eta", 0.01, 0.1))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(RESULT).hasBestParameterWithin("eta", 0.05, 0.1))
        .hasMessageContaining(
            "Expecting the best eta of XgbTuning.logLoss to be within [0.05, 0.1] but it was 0.031");
  }

  @Test
  void anUnknownParameterFailsNamingTheParameters() {
    assertThatThrownBy(() -> assertThat(RESULT).hasBestParameterWithin("depth", 1, 3))
        .hasMessageContaining("to have parameter 'depth' but its parameters are {eta=0.031}");
  }

  @Test
  void diagnosticsOfAKindFailListingThem() {
    assertThatCode(() -> assertThat(RESULT).hasNoDiagnosticsOfKind(Diagnostic.Kind.BOUND_PRESSING))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> assertThat(RESULT).hasNoDiagnosticsOfKind(Diagnostic.Kind.STILL_IMPROVING))
        .hasMessageContaining("to have no STILL_IMPROVING diagnostics but it had:")
        .hasMessageContaining("the loss was still improving");
  }

  @Test
  void assertionsChain() {
    assertThatCode(
            () ->
                assertThat(RESULT)
                    .hasBestLossBelow(0.25)
                    .hasAtLeastSuccessfulTrials(2)
                    .hasBestParameterWithin("eta", 0, 1)
                    .hasNoDiagnosticsOfKind(Diagnostic.Kind.BOUND_PRESSING))
        .doesNotThrowAnyException();
  }
}
