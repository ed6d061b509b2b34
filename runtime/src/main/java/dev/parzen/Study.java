package dev.parzen;

import dev.parzen.annotations.Direction;
import dev.parzen.internal.Rngs;
import dev.parzen.space.FlatSpace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Ask-and-tell tuning: {@link #ask()} for a point, evaluate it anywhere, {@link #tell} the outcome.
 * The {@code Parzen.minimize(...).run()} loop, every executor and the JUnit engine are built on it;
 * external loops can use it directly.
 *
 * <p>Suggestions see every finished trial and, as pending points, every trial asked but not yet
 * told, so parallel workers do not crowd the same region. Thread-safe.
 *
 * @param <T> the parameter type
 */
public final class Study<T> {

  private final String name;
  private final Space<T> space;
  private final FlatSpace flat;
  private final Direction direction;
  private final Algorithm algorithm;
  private final long seed;
  private final Deque<Assignment> queued;
  private final Consumer<Trial<T>> recorder;

  private final TreeMap<Integer, Observation> history = new TreeMap<>();
  private final Map<Integer, PendingTrial> pending = new HashMap<>();
  private final List<Trial<T>> trials = new ArrayList<>();
  private final List<Observation> completionOrder = new ArrayList<>();
  private int nextNumber;
  private int failed;
  private Trial<T> best;

  private Study(Builder<T> b) {
    this.name = b.name;
    this.space = b.space;
    this.flat = FlatSpace.of(b.space);
    this.direction = b.direction;
    this.algorithm = b.algorithm;
    this.seed = b.seed;
    this.queued = new ArrayDeque<>(b.initial);
    this.recorder = b.recorder;
    for (Trial<T> t : b.resumed) {
      restore(t);
    }
    // A point cut short by a shutdown and already evaluated again by a later run is done.
    queued.removeIf(
        a -> b.resumed.stream().anyMatch(t -> t.status().finished() && t.assignment().equals(a)));
  }

  /** A builder for a study of {@code space}. */
  public static <T> Builder<T> builder(Space<T> space) {
    return new Builder<>(space);
  }

  /**
   * Suggests the next point: queued initial points first, then the algorithm's suggestion.
   *
   * @return the trial to evaluate; tell its outcome with {@link #tell}
   */
  public synchronized PendingTrial ask() {
    int number = nextNumber++;
    Assignment point =
        queued.isEmpty()
            ? algorithm.suggest(space, List.copyOf(history.values()), Rngs.derive(seed, number, 0))
            : queued.poll();
    PendingTrial p =
        new PendingTrial(number, point, PendingTrial.objectiveSeed(seed, number), Instant.now());
    pending.put(number, p);
    history.put(number, new Observation(number, point, TrialStatus.RUNNING, Double.NaN));
    return p;
  }

  /** Records a loss for {@code trial}, timed from when it was asked. */
  public Trial<T> tell(PendingTrial trial, Loss loss) {
    return tell(trial, new TrialOutcome.Completed(loss, trial.asked(), since(trial.asked())));
  }

  /** Records that evaluating {@code trial} threw {@code error}. */
  public Trial<T> tell(PendingTrial trial, Throwable error) {
    return tell(
        trial, new TrialOutcome.Failed(TrialError.of(error), trial.asked(), since(trial.asked())));
  }

  /**
   * Records how {@code trial} ended.
   *
   * @throws IllegalStateException when the trial is not pending (told twice, or never asked)
   */
  public synchronized Trial<T> tell(PendingTrial trial, TrialOutcome outcome) {
    if (pending.remove(trial.number()) == null) {
      throw new IllegalStateException(
          "trial #%d is not pending in %s: it was already told or never asked"
              .formatted(trial.number(), name));
    }
    Trial<T> t = TrialRecords.of(trial, outcome, space);
    record(t);
    return t;
  }

  /** True when {@code trial} was asked and not yet told. */
  public synchronized boolean isPending(PendingTrial trial) {
    return pending.containsKey(trial.number());
  }

  /** The trials asked and not yet told. */
  public synchronized List<PendingTrial> pending() {
    return List.copyOf(pending.values());
  }

  /** Every recorded trial, in trial-number order. */
  public synchronized Trials<T> trials() {
    return new Trials<>(trials, direction);
  }

  /** The best successful trial so far (see {@link Trials#best()} for ties). */
  public synchronized Optional<Trial<T>> best() {
    return Optional.ofNullable(best);
  }

  /** How many finished trials failed or timed out. */
  public synchronized int failedCount() {
    return failed;
  }

  /** How many trials finished (OK, FAILED or TIMED_OUT), resumed ones included. */
  public synchronized int finishedCount() {
    return completionOrder.size();
  }

  /** Finished trials in the order they finished, oriented for minimisation: for early stopping. */
  public synchronized List<Observation> finishedInCompletionOrder() {
    return List.copyOf(completionOrder);
  }

  /** The study's name. */
  public String name() {
    return name;
  }

  /** The space searched. */
  public Space<T> space() {
    return space;
  }

  /** The direction of the objective. */
  public Direction direction() {
    return direction;
  }

  /** The run seed. */
  public long seed() {
    return seed;
  }

  /** The algorithm. */
  public Algorithm algorithm() {
    return algorithm;
  }

  /** The flattened space. */
  FlatSpace flatSpace() {
    return flat;
  }

  private void restore(Trial<T> t) {
    trials.add(t);
    track(t);
    nextNumber = Math.max(nextNumber, t.number() + 1);
    if (t.status().finished()) {
      Observation o = observation(t);
      history.put(t.number(), o);
      completionOrder.add(o);
    } else if (t.status() == TrialStatus.INTERRUPTED) {
      // A shutdown cut this point short; evaluate it again before asking the algorithm.
      queued.add(t.assignment());
    }
  }

  private void record(Trial<T> t) {
    trials.add(t);
    track(t);
    if (t.status().finished()) {
      Observation o = observation(t);
      history.put(t.number(), o);
      completionOrder.add(o);
    } else {
      history.remove(t.number());
    }
    recorder.accept(t);
  }

  private void track(Trial<T> t) {
    if (t.status() == TrialStatus.FAILED || t.status() == TrialStatus.TIMED_OUT) {
      failed++;
    }
    if (t.isOk() && (best == null || Trials.<T>ranking(direction).compare(t, best) < 0)) {
      best = t;
    }
  }

  private Observation observation(Trial<T> t) {
    double loss = direction == Direction.MAXIMIZE ? -t.loss() : t.loss();
    return new Observation(t.number(), t.assignment(), t.status(), t.isOk() ? loss : Double.NaN);
  }

  private static Duration since(Instant start) {
    return Duration.between(start, Instant.now());
  }

  /** Configures a {@link Study}. Not thread-safe. */
  public static final class Builder<T> {
    private final Space<T> space;
    private String name = "tuning";
    private Direction direction = Direction.MINIMIZE;
    private Algorithm algorithm = Algorithms.random();
    private long seed = Rngs.freshSeed();
    private final List<Assignment> initial = new ArrayList<>();
    private final List<Trial<T>> resumed = new ArrayList<>();
    private Consumer<Trial<T>> recorder = t -> {};

    private Builder(Space<T> space) {
      this.space = Objects.requireNonNull(space, "space");
    }

    /** The name shown in messages and reports. */
    public Builder<T> name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Whether smaller or larger losses are better; default minimise. */
    public Builder<T> direction(Direction direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /** The search algorithm. */
    public Builder<T> algorithm(Algorithm algorithm) {
      this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /** The run seed; random when not set. */
    public Builder<T> seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Points evaluated before any suggestion, in order. */
    public Builder<T> initialPoints(List<Assignment> points) {
      FlatSpace flat = FlatSpace.of(space);
      for (Assignment a : points) {
        flat.requireValid(a);
        initial.add(a);
      }
      return this;
    }

    /** Trials of an earlier run of the same tuning, e.g. read back from its journal. */
    public Builder<T> resume(List<Trial<T>> trials) {
      resumed.addAll(trials);
      return this;
    }

    /** Called with every recorded trial before {@link Study#tell} returns (the journal). */
    public Builder<T> recorder(Consumer<Trial<T>> recorder) {
      this.recorder = Objects.requireNonNull(recorder, "recorder");
      return this;
    }

    /** The study. */
    public Study<T> build() {
      return new Study<>(this);
    }
  }
}
