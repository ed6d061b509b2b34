package dev.parzen;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One trial handed to a {@link TrialExecutor}: what to evaluate, and where to report how it went.
 * An executor runs {@link #run()} somewhere (or evaluates the same point remotely) and calls {@link
 * #complete} once. Thread-safe.
 *
 * @param <T> the parameter type
 */
public final class TrialTask<T> implements TrialContext {

  private final PendingTrial pending;
  private final String tuningName;
  private final Space<T> space;
  private final Objective<T> objective;
  private final int threadsPerTrial;
  private final Map<Class<?>, Object> resources;
  private final Consumer<TrialOutcome> sink;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final AtomicBoolean completed = new AtomicBoolean();
  private volatile Thread thread;

  /**
   * A task.
   *
   * @param pending the suggested trial
   * @param tuningName the tuning's name
   * @param space the space, to decode the assignment
   * @param objective the objective
   * @param threadsPerTrial the cores the trial may use
   * @param resources resources the objective may ask for through {@link #resource}
   * @param sink where the outcome goes; called at most once
   */
  public TrialTask(
      PendingTrial pending,
      String tuningName,
      Space<T> space,
      Objective<T> objective,
      int threadsPerTrial,
      Map<Class<?>, Object> resources,
      Consumer<TrialOutcome> sink) {
    this.pending = Objects.requireNonNull(pending, "pending");
    this.tuningName = Objects.requireNonNull(tuningName, "tuningName");
    this.space = Objects.requireNonNull(space, "space");
    this.objective = Objects.requireNonNull(objective, "objective");
    this.threadsPerTrial = threadsPerTrial;
    this.resources = Map.copyOf(resources);
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * Decodes the assignment and evaluates the objective on the calling thread, turning whatever
   * happens — a loss, an exception, an error — into an outcome. Never throws.
   */
  public TrialOutcome run() {
    thread = Thread.currentThread();
    Instant start = Instant.now();
    long t0 = System.nanoTime();
    try {
      Loss loss = objective.evaluate(space.decode(pending.assignment()), this);
      if (loss == null) {
        loss = Loss.fail("the objective returned null instead of a Loss");
      }
      return new TrialOutcome.Completed(loss, start, Duration.ofNanos(System.nanoTime() - t0));
    } catch (Throwable e) {
      // Failure is data: any throwable, OutOfMemoryError included, becomes a FAILED trial.
      return new TrialOutcome.Failed(
          TrialError.of(e), start, Duration.ofNanos(System.nanoTime() - t0));
    } finally {
      thread = null;
      Thread.interrupted();
    }
  }

  /** Reports the outcome. Calls after the first are ignored; returns whether this one counted. */
  public boolean complete(TrialOutcome outcome) {
    if (completed.compareAndSet(false, true)) {
      sink.accept(outcome);
      return true;
    }
    return false;
  }

  /** Marks the task cancelled and interrupts the thread running it, if any. */
  public void cancel() {
    cancelled.set(true);
    Thread t = thread;
    if (t != null) {
      t.interrupt();
    }
  }

  /** The suggested trial. */
  public PendingTrial pending() {
    return pending;
  }

  /** The space. */
  public Space<T> space() {
    return space;
  }

  /** The objective. */
  public Objective<T> objective() {
    return objective;
  }

  @Override
  public int trialNumber() {
    return pending.number();
  }

  @Override
  public String tuningName() {
    return tuningName;
  }

  @Override
  public Assignment assignment() {
    return pending.assignment();
  }

  @Override
  public long seed() {
    return pending.seed();
  }

  @Override
  public int threadsPerTrial() {
    return threadsPerTrial;
  }

  @Override
  public boolean isCancelled() {
    return cancelled.get();
  }

  @Override
  public <R> Optional<R> resource(Class<R> type) {
    return Optional.ofNullable(resources.get(type)).map(type::cast);
  }
}
