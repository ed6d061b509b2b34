package dev.parzen;

import dev.parzen.internal.Rngs;
import dev.parzen.journal.Journal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One execution of a {@link Tuning}: the coordinator loop that asks the study, hands trials to the
 * executor, enforces deadlines and stop rules, and tells the study what happened. Everything here
 * runs on the calling thread; executors report back through a queue.
 */
final class TuningRun<T> {

  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  /** Finished trials needed before a failure share is trusted enough to stop a run. */
  static final int TRIALS_TO_JUDGE = 10;

  private final Tuning<T> cfg;
  private final LinkedBlockingQueue<Completion> completions = new LinkedBlockingQueue<>();
  private final Map<Integer, InFlight<T>> inFlight = new LinkedHashMap<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private Study<T> study;
  private TrialExecutor executor;
  private TuningInfo info;
  private Listeners listeners;
  private int capacity;
  private long startNanos;
  private long deadlineNanos = Long.MAX_VALUE;
  private StopReason stop;
  private boolean interrupted;

  TuningRun(Tuning<T> cfg) {
    this.cfg = cfg;
  }

  TuningResult<T> execute() {
    RunSetup<T> setup = RunSetup.prepare(cfg, diagnostics);
    study = setup.study();
    Journal journal = setup.journal();
    boolean ownExecutor = cfg.executor == null;
    executor = ownExecutor ? defaultExecutor() : cfg.executor;
    capacity =
        Math.max(
            1, Math.min(cfg.parallelism, executor.capacity(cfg.parallelism, cfg.threadsPerTrial)));
    if (capacity < cfg.parallelism) {
      diagnostics.add(
          new Diagnostic(
              Diagnostic.Kind.PARALLELISM,
              null,
              "parallelism %d reduced to %d: %s admits no more with threadsPerTrial %d"
                  .formatted(cfg.parallelism, capacity, executor.describe(), cfg.threadsPerTrial)));
    }
    diagnostics.addAll(executor.diagnostics(cfg.parallelism, cfg.threadsPerTrial));
    info = setup.info(capacity, executor.describe());
    listeners = Listeners.of(cfg, info);
    Thread hook = new Thread(this::markInterrupted, "parzen-shutdown-" + cfg.name);
    Runtime.getRuntime().addShutdownHook(hook);
    startNanos = System.nanoTime();
    if (cfg.timeout != null) {
      deadlineNanos = startNanos + cfg.timeout.toNanos();
    }
    listeners.started();
    try {
      loop(setup.maxEvals());
    } finally {
      removeHook(hook);
      if (ownExecutor) {
        executor.close();
      }
      if (journal != null) {
        journal.close();
      }
    }
    TuningResult<T> result = setup.result(stop, Duration.ofNanos(System.nanoTime() - startNanos));
    listeners.finished(result);
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (result.trials().best().isEmpty()) {
      throw new NoSuccessfulTrialsException(cfg.name, result.trials().list());
    }
    return result;
  }

  private void loop(int maxEvals) {
    stop = stoppedBeforeResume();
    boolean cancelIssued = false;
    while (true) {
      drain();
      expireDeadlines();
      if (stop == null) {
        stop = stopCondition(maxEvals);
      }
      if (stop != null && stop != StopReason.MAX_EVALS && !cancelIssued) {
        cancelAll();
        cancelIssued = true;
      }
      boolean budgetLeft = study.finishedCount() + inFlight.size() < maxEvals;
      if (stop == null && budgetLeft && inFlight.size() < capacity) {
        launch(study.ask());
        continue;
      }
      if (inFlight.isEmpty()) {
        if (stop == null) {
          stop = StopReason.MAX_EVALS;
        }
        return;
      }
      await();
    }
  }

  /**
   * A resumed tuning whose journal already meets a stop rule stays stopped, rather than running one
   * more trial to find out again.
   */
  private StopReason stoppedBeforeResume() {
    if (study.finishedCount() == 0) {
      return null;
    }
    if (study.best().filter(this::reachedThreshold).isPresent()) {
      return StopReason.LOSS_THRESHOLD;
    }
    if (cfg.earlyStop != null && cfg.earlyStop.shouldStop(study.finishedInCompletionOrder())) {
      return StopReason.EARLY_STOP;
    }
    return null;
  }

  private StopReason stopCondition(int maxEvals) {
    if (interrupted || cfg.cancelled.getAsBoolean()) {
      return StopReason.CANCELLED;
    }
    if (System.nanoTime() >= deadlineNanos) {
      return StopReason.TIMEOUT;
    }
    return study.finishedCount() >= maxEvals ? StopReason.MAX_EVALS : null;
  }

  private void launch(PendingTrial p) {
    TrialTask<T> task =
        new TrialTask<>(
            p,
            cfg.name,
            cfg.space,
            cfg.objective,
            cfg.threadsPerTrial,
            cfg.resources,
            outcome -> completions.add(new Completion(p.number(), outcome)));
    long now = System.nanoTime();
    long deadline = cfg.trialTimeout == null ? Long.MAX_VALUE : now + cfg.trialTimeout.toNanos();
    inFlight.put(p.number(), new InFlight<>(task, Instant.now(), now, deadline));
    listeners.trialStarted(p);
    executor.execute(task);
  }

  private void await() {
    long wait = Math.min(POLL_NANOS, nextDeadline() - System.nanoTime());
    try {
      Completion c = completions.poll(Math.max(0, wait), TimeUnit.NANOSECONDS);
      if (c != null) {
        handle(c);
      }
    } catch (InterruptedException e) {
      interrupted = true;
      stop = stop == null ? StopReason.CANCELLED : stop;
    }
  }

  private void drain() {
    Completion c;
    while ((c = completions.poll()) != null) {
      handle(c);
    }
  }

  private void handle(Completion c) {
    InFlight<T> f = inFlight.remove(c.number());
    if (f == null) {
      return; // abandoned earlier; its late result is ignored
    }
    record(f, f.settle(c.outcome(), cfg.trialTimeout));
  }

  private void record(InFlight<T> f, TrialOutcome outcome) {
    Trial<T> trial = study.tell(f.task().pending(), outcome);
    listeners.trialFinished(trial, progress());
    if (stop == null && reachedThreshold(trial)) {
      stop = StopReason.LOSS_THRESHOLD;
    }
    if (stop == null && tooManyFailures()) {
      stop = StopReason.FAILURE_RATE;
    }
    if (stop == null
        && cfg.earlyStop != null
        && trial.status().finished()
        && cfg.earlyStop.shouldStop(study.finishedInCompletionOrder())) {
      stop = StopReason.EARLY_STOP;
    }
  }

  private boolean tooManyFailures() {
    int finished = study.finishedCount();
    return !Double.isNaN(cfg.maxFailureRate)
        && finished >= TRIALS_TO_JUDGE
        && (double) study.failedCount() / finished > cfg.maxFailureRate;
  }

  private boolean reachedThreshold(Trial<T> t) {
    if (!t.isOk() || Double.isNaN(cfg.lossThreshold)) {
      return false;
    }
    return study.direction() == dev.parzen.annotations.Direction.MAXIMIZE
        ? t.loss() >= cfg.lossThreshold
        : t.loss() <= cfg.lossThreshold;
  }

  private void expireDeadlines() {
    long now = System.nanoTime();
    if (stop == null && now >= deadlineNanos) {
      stop = StopReason.TIMEOUT;
    }
    for (InFlight<T> f : List.copyOf(inFlight.values())) {
      if (!f.cancelRequested() && now >= f.deadline()) {
        f.requestCancel(InFlight.Why.TIMED_OUT, now + cfg.cancellationGrace.toNanos());
        executor.cancel(f.task());
      } else if (f.cancelRequested() && now >= f.graceDeadline()) {
        inFlight.remove(f.task().trialNumber());
        record(f, f.abandon(cfg.trialTimeout, stop));
      }
    }
  }

  private void cancelAll() {
    long grace = System.nanoTime() + cfg.cancellationGrace.toNanos();
    for (InFlight<T> f : inFlight.values()) {
      if (!f.cancelRequested()) {
        f.requestCancel(InFlight.Why.STOPPED, grace);
        f.stoppedBecause(stop);
        executor.cancel(f.task());
      }
    }
  }

  private long nextDeadline() {
    long next = deadlineNanos;
    for (InFlight<T> f : inFlight.values()) {
      next = Math.min(next, f.cancelRequested() ? f.graceDeadline() : f.deadline());
    }
    return next;
  }

  private TuningProgress progress() {
    return new TuningProgress(
        study.finishedCount(),
        study.failedCount(),
        inFlight.size(),
        info.maxEvals(),
        study.best().orElse(null),
        Duration.ofNanos(System.nanoTime() - startNanos));
  }

  private TrialExecutor defaultExecutor() {
    boolean timed = cfg.trialTimeout != null || cfg.timeout != null;
    return cfg.parallelism == 1 && !timed ? TrialExecutors.serial() : TrialExecutors.threads();
  }

  /** On JVM shutdown, records the trials still running as INTERRUPTED so a resume redoes them. */
  private void markInterrupted() {
    for (PendingTrial p : study.pending()) {
      try {
        Duration ran = Duration.between(p.asked(), Instant.now());
        study.tell(
            p, new TrialOutcome.Stopped(TrialStatus.INTERRUPTED, "JVM shutdown", p.asked(), ran));
      } catch (IllegalStateException raced) {
        // The coordinator recorded it in the meantime.
      }
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or has run; nothing to remove.
    }
  }

  static Path defaultOutputDirectory(String name) {
    return Path.of("target", "parzen").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  static long seedOf(Tuning<?> cfg) {
    return cfg.seed != null ? cfg.seed : Rngs.freshSeed();
  }

  /** An executor's report for one trial. */
  private record Completion(int number, TrialOutcome outcome) {}
}
