package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class FailureSemanticsTests {

  private static final Space<Assignment> SPACE = Space.builder().uniform("x", -5, 5).build();

  private static Tuning<Assignment> tuning(DoubleObjective<Assignment> f) {
    return Parzen.minimize(SPACE, f).seed(1).discoverListeners(false);
  }

  @Test
  void anExceptionMakesAFailedTrialWithItsCauseAndTheRunGoesOn() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        tuning(
                p -> {
                  if (calls.getAndIncrement() % 2 == 0) {
                    throw new IllegalStateException("diverged");
                  }
                  return p.getDouble("x") * p.getDouble("x");
                })
            .maxEvals(10)
            .run();
    assertThat(r.trials().size()).isEqualTo(10);
    assertThat(r.trials().failed()).hasSize(5);
    Trial<Assignment> failed = r.trials().failed().get(0);
    assertThat(failed.status()).isEqualTo(TrialStatus.FAILED);
    assertThat(failed.error())
        .get()
        .extracting(TrialError::type)
        .isEqualTo(IllegalStateException.class.getName());
    assertThat(failed.error().get().message()).isEqualTo("diverged");
    assertThat(failed.error().get().stackTrace()).contains("FailureSemanticsTests");
  }

  @Test
  void nanAndInfiniteLossesMakeFailedTrials() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        tuning(
                p ->
                    switch (calls.getAndIncrement()) {
                      case 0 -> Double.NaN;
                      case 1 -> Double.POSITIVE_INFINITY;
                      default -> 1.0;
                    })
            .maxEvals(3)
            .run();
    assertThat(r.trials().list())
        .extracting(Trial::status)
        .containsExactly(TrialStatus.FAILED, TrialStatus.FAILED, TrialStatus.OK);
    assertThat(r.trials().get(0).error().get().message()).contains("NaN");
    assertThat(r.trials().get(1).error().get().message()).contains("Infinity");
  }

  @Test
  void lossFailMakesAFailedTrialWithTheReason() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE,
                (Assignment p, TrialContext t) ->
                    calls.getAndIncrement() == 0 ? Loss.fail("did not converge") : Loss.of(2))
            .seed(1)
            .discoverListeners(false)
            .maxEvals(2)
            .run();
    assertThat(r.trials().get(0).status()).isEqualTo(TrialStatus.FAILED);
    assertThat(r.trials().get(0).error().get().summary()).isEqualTo("Loss.fail: did not converge");
  }

  @Test
  void failedTrialsAreNeverBest() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE,
                (Assignment p, TrialContext t) ->
                    calls.getAndIncrement() == 1 ? Loss.of(5) : Loss.fail("bad"))
            .seed(1)
            .discoverListeners(false)
            .maxEvals(4)
            .run();
    assertThat(r.best().number()).isEqualTo(1);
    assertThat(r.best().loss()).isEqualTo(5);
  }

  @Test
  void whenEveryTrialFailsTheErrorGroupsCausesWithCountsAndShowsTheFirstStackTrace() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(
            () ->
                tuning(
                        p -> {
                          if (calls.getAndIncrement() < 3) {
                            throw new ArithmeticException("division by zero");
                          }
                          return Double.NaN;
                        })
                    .name("Broken.objective")
                    .maxEvals(5)
                    .run())
        .isInstanceOf(NoSuccessfulTrialsException.class)
        .hasMessageContaining("Broken.objective: all 5 trial(s) failed")
        .hasMessageContaining("3 × java.lang.ArithmeticException: division by zero")
        .hasMessageContaining("2 × Loss.fail: the objective returned NaN")
        .hasMessageContaining("first failure (trial #0)")
        .hasMessageContaining("at dev.parzen.FailureSemanticsTests");
  }

  @Test
  void earlyStopCountsFailuresAfterTheBestAsNoProgress() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        tuning(
                p -> {
                  int n = calls.getAndIncrement();
                  if (n == 0) {
                    return 1.0;
                  }
                  throw new IllegalStateException("every later trial fails");
                })
            .maxEvals(100)
            .earlyStop(EarlyStop.noProgress(5))
            .run();
    assertThat(r.stopReason()).isEqualTo(StopReason.EARLY_STOP);
    assertThat(r.trials().size()).isEqualTo(6);
  }

  @Test
  void tooManyFailuresStopTheRunOnceEnoughTrialsFinished() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        tuning(
                p -> {
                  if (calls.getAndIncrement() % 4 != 0) {
                    throw new IllegalStateException("broken objective");
                  }
                  return 1.0;
                })
            .maxEvals(100)
            .maxFailureRate(0.5)
            .run();
    assertThat(r.stopReason()).isEqualTo(StopReason.FAILURE_RATE);
    assertThat(r.trials().size()).isEqualTo(10);
  }

  @Test
  void lossThresholdStopsAtTheFirstTrialReachingIt() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        tuning(p -> 10.0 - calls.getAndIncrement()).maxEvals(100).lossThreshold(7).run();
    assertThat(r.stopReason()).isEqualTo(StopReason.LOSS_THRESHOLD);
    assertThat(r.trials().size()).isEqualTo(4);
    assertThat(r.best().loss()).isEqualTo(7);
  }

  @Test
  void maximisedLossThresholdIsReachedFromBelow() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        Parzen.maximize(SPACE, p -> 0.5 + 0.1 * calls.getAndIncrement())
            .seed(3)
            .discoverListeners(false)
            .maxEvals(100)
            .lossThreshold(0.8)
            .run();
    assertThat(r.stopReason()).isEqualTo(StopReason.LOSS_THRESHOLD);
    assertThat(r.best().loss()).isGreaterThanOrEqualTo(0.8);
  }

  @Test
  void runTimeoutStopsProposingAndReturnsTheBestSoFar() {
    TuningResult<Assignment> r =
        tuning(
                p -> {
                  Thread.sleep(50);
                  return p.getDouble("x");
                })
            .maxEvals(1000)
            .timeout(Duration.ofMillis(400))
            .run();
    assertThat(r.stopReason()).isEqualTo(StopReason.TIMEOUT);
    assertThat(r.trials().ok().size()).isBetween(3, 9);
    assertThat(r.elapsed()).isLessThan(Duration.ofSeconds(3));
  }
}
