package dev.parzen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelTrialsTests {

  private static final Space<Assignment> SPACE = Space.builder().uniform("x", 0, 1).build();

  private static Tuning<Assignment> tuning(Objective<Assignment> f) {
    return Parzen.minimize(SPACE, f).seed(5).discoverListeners(false);
  }

  @Test
  void keepsParallelismTrialsInFlight() {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    tuning(
            (p, t) -> {
              peak.accumulateAndGet(running.incrementAndGet(), Math::max);
              Thread.sleep(60);
              running.decrementAndGet();
              return Loss.of(p.getDouble("x"));
            })
        .maxEvals(12)
        .parallelism(3)
        .executor(TrialExecutors.threads(3))
        .run();
    assertThat(peak.get()).isEqualTo(3);
  }

  @Test
  void parallelRunsEvaluateExactlyTheBudget() {
    AtomicInteger calls = new AtomicInteger();
    TuningResult<Assignment> r =
        tuning(
                (p, t) -> {
                  calls.incrementAndGet();
                  Thread.sleep(10 + t.trialNumber() % 3 * 10);
                  return Loss.of(p.getDouble("x"));
                })
            .maxEvals(10)
            .parallelism(4)
            .executor(TrialExecutors.threads(4))
            .run();
    assertThat(calls.get()).isEqualTo(10);
    assertThat(r.trials().size()).isEqualTo(10);
  }

  @Test
  void parallelTrialsNeverRunPastMaxEvals() {
    // Trial 0 outlasts 1 and 2: when 2 finishes, 3 trials are finished or running, so the free
    // slot must stay free.
    TuningResult<Assignment> r =
        tuning(
                (p, t) -> {
                  Thread.sleep(t.trialNumber() == 0 ? 300 : 0);
                  return Loss.of(p.getDouble("x"));
                })
            .maxEvals(3)
            .parallelism(2)
            .executor(TrialExecutors.threads(2))
            .run();
    assertThat(r.trials().list()).hasSize(3);
  }

  @Test
  void aFreeSlotGetsANewTrialAtOnceNotInWaves() {
    Map<Integer, Instant> started = new ConcurrentHashMap<>();
    Map<Integer, Instant> ended = new ConcurrentHashMap<>();
    tuning(
            (p, t) -> {
              started.put(t.trialNumber(), Instant.now());
              Thread.sleep(t.trialNumber() == 0 ? 600 : 40);
              ended.put(t.trialNumber(), Instant.now());
              return Loss.of(p.getDouble("x"));
            })
        .maxEvals(5)
        .parallelism(2)
        .executor(TrialExecutors.threads(2))
        .run();
    // Trials 1..4 run one after another in the second slot while trial 0 is still running.
    assertThat(started.get(4)).isBefore(ended.get(0));
  }

  @Test
  void threadsPerTrialLimitsConcurrencyToTheCores() {
    int cores = Runtime.getRuntime().availableProcessors();
    AtomicInteger running = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    TuningResult<Assignment> r =
        tuning(
                (p, t) -> {
                  peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                  Thread.sleep(30);
                  running.decrementAndGet();
                  return Loss.of(t.threadsPerTrial());
                })
            .maxEvals(6)
            .parallelism(4)
            .threadsPerTrial(cores)
            .run();
    assertThat(peak.get()).isEqualTo(1);
    assertThat(r.best().loss()).isEqualTo(cores);
    assertThat(r.diagnostics())
        .anySatisfy(d -> assertThat(d.message()).contains("parallelism 4 reduced to 1"));
  }

  @Test
  void theObjectiveSeesItsTrialContext() {
    List<TrialContext> seen = new CopyOnWriteArrayList<>();
    tuning(
            (p, t) -> {
              seen.add(t);
              return Loss.of(1);
            })
        .name("ctx")
        .maxEvals(3)
        .threadsPerTrial(2)
        .run();
    assertThat(seen).extracting(TrialContext::trialNumber).containsExactly(0, 1, 2);
    assertThat(seen).extracting(TrialContext::tuningName).containsOnly("ctx");
    assertThat(seen).extracting(TrialContext::threadsPerTrial).containsOnly(2);
    assertThat(seen).extracting(TrialContext::seed).doesNotHaveDuplicates();
    assertThat(seen).extracting(TrialContext::isCancelled).containsOnly(false);
  }

  @Test
  void suggestionsSeePendingTrialsAsRunning() {
    List<Long> pendingSeen = new CopyOnWriteArrayList<>();
    Algorithm spy =
        new Algorithm() {
          @Override
          public Assignment suggest(Space<?> space, List<Observation> history, long seed) {
            pendingSeen.add(history.stream().filter(Observation::pending).count());
            return Algorithms.random().suggest(space, history, seed);
          }

          @Override
          public String name() {
            return "spy";
          }
        };
    // Trial k may finish only once suggestion k + 2 was made, so trials finish one at a time and
    // each new suggestion is made while exactly the two other slots are busy.
    tuning(
            (p, t) -> {
              long deadline = System.nanoTime() + 10_000_000_000L;
              while (pendingSeen.size() < Math.min(t.trialNumber() + 3, 8)
                  && System.nanoTime() < deadline) {
                Thread.sleep(1);
              }
              return Loss.of(1);
            })
        .algorithm(spy)
        .maxEvals(8)
        .parallelism(3)
        .executor(TrialExecutors.threads(3))
        .run();
    assertThat(pendingSeen.subList(0, 3)).containsExactly(0L, 1L, 2L);
    // Later suggestions happen while the other slots are busy (two, or one when two trials
    // finished together).
    assertThat(pendingSeen.subList(3, 8)).isSubsetOf(1L, 2L).contains(2L);
  }
}
