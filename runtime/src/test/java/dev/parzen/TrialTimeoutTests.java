package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrialTimeoutTests {

  private static final Space<Assignment> SPACE = Space.builder().uniform("x", 0, 1).build();
  private static final AtomicBoolean RELEASE = new AtomicBoolean();

  @AfterEach
  void releaseAbandonedThreads() {
    RELEASE.set(true);
  }

  /** Spins without ever checking for interruption, like a native library call. */
  private static double spinUntilReleased() {
    double acc = 0;
    while (!RELEASE.get()) {
      acc += Math.sqrt(acc + 1);
    }
    return acc;
  }

  @Test
  void aTrialIgnoringInterruptsIsAbandonedAndTheRunStillEnds() {
    RELEASE.set(false);
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE, p -> calls.getAndIncrement() == 1 ? spinUntilReleased() : p.getDouble("x"))
            .seed(1)
            .discoverListeners(false)
            .maxEvals(4)
            .trialTimeout(Duration.ofMillis(300))
            .cancellationGrace(Duration.ofMillis(200))
            .run();
    Trial<Assignment> stuck = r.trials().get(1);
    assertThat(stuck.status()).isEqualTo(TrialStatus.TIMED_OUT);
    assertThat(stuck.assignment().has("x")).isTrue();
    assertThat(stuck.error().get().message()).contains("per-trial timeout of 300 ms");
    assertThat(r.trials().ok()).hasSize(3);
    assertThat(r.stopReason()).isEqualTo(StopReason.MAX_EVALS);
  }

  @Test
  void aTrialThatHonoursInterruptsStopsAtItsDeadline() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE,
                p -> {
                  if (calls.getAndIncrement() == 0) {
                    Thread.sleep(60_000);
                  }
                  return p.getDouble("x");
                })
            .seed(1)
            .discoverListeners(false)
            .maxEvals(2)
            .trialTimeout(Duration.ofMillis(200))
            .run();
    assertThat(r.trials().get(0).status()).isEqualTo(TrialStatus.TIMED_OUT);
    assertThat(r.trials().get(0).duration()).isLessThan(Duration.ofSeconds(5));
    assertThat(r.trials().get(1).isOk()).isTrue();
  }

  @Test
  void timedOutTrialsAreBadPointsForTheAlgorithm() {
    AtomicInteger calls = new AtomicInteger();
    java.util.List<Observation> last = new java.util.concurrent.CopyOnWriteArrayList<>();
    Algorithm spy =
        new Algorithm() {
          @Override
          public Assignment suggest(Space<?> space, java.util.List<Observation> h, long seed) {
            last.clear();
            last.addAll(h);
            return Algorithms.random().suggest(space, h, seed);
          }

          @Override
          public String name() {
            return "spy";
          }
        };
    Parzen.minimize(
            SPACE,
            p -> {
              if (calls.getAndIncrement() == 0) {
                Thread.sleep(60_000);
              }
              return 1;
            })
        .algorithm(spy)
        .seed(1)
        .discoverListeners(false)
        .maxEvals(3)
        .trialTimeout(Duration.ofMillis(150))
        .run();
    assertThat(last.get(0).status()).isEqualTo(TrialStatus.TIMED_OUT);
    assertThat(last.get(0).loss()).isNaN();
  }

  @Test
  void theRunTimeoutCancelsARunningTrialThatIgnoresInterrupts() {
    RELEASE.set(false);
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        Parzen.minimize(
                SPACE, p -> calls.getAndIncrement() == 2 ? spinUntilReleased() : p.getDouble("x"))
            .seed(1)
            .discoverListeners(false)
            .maxEvals(100)
            .timeout(Duration.ofMillis(500))
            .cancellationGrace(Duration.ofMillis(200))
            .run();
    assertThat(r.stopReason()).isEqualTo(StopReason.TIMEOUT);
    assertThat(r.trials().size()).isEqualTo(3);
    assertThat(r.trials().get(2).status()).isEqualTo(TrialStatus.CANCELLED);
    assertThat(r.trials().get(2).error().get().message())
        .contains("run timeout")
        .contains("abandoned");
  }
}
