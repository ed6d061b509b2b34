package dev.parzen;

import dev.parzen.annotations.Direction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * A tuning being configured: returned by {@link Parzen#minimize} and {@link Parzen#maximize},
 * started with {@link #run()}. Not thread-safe; each {@code run()} is independent.
 *
 * <pre>{@code
 * TuningResult<XgbParams> r = Parzen.minimize(Spaces.of(XgbParams.class), p -> logLoss(p))
 *     .maxEvals(200).parallelism(4).seed(7).earlyStop(EarlyStop.noProgress(40))
 *     .run();
 * }</pre>
 *
 * @param <T> the parameter type
 */
public final class Tuning<T> {

  final Space<T> space;
  final Objective<T> objective;
  final Direction direction;
  String name = "tuning";
  Integer maxEvals;
  Duration timeout;
  Duration trialTimeout;
  Duration cancellationGrace = Duration.ofSeconds(5);
  double lossThreshold = Double.NaN;
  EarlyStop earlyStop;
  double maxFailureRate = Double.NaN;
  Algorithm algorithm;
  Long seed;
  final List<Assignment> initialPoints = new ArrayList<>();
  boolean evaluateDefaults = true;
  int parallelism = 1;
  int threadsPerTrial = 1;
  TrialExecutor executor;
  Path journal;
  boolean resume = true;
  Path outputDirectory;
  final List<TuningListener> listeners = new ArrayList<>();
  boolean discoverListeners = true;
  final Map<String, String> configuration = new LinkedHashMap<>();
  BooleanSupplier cancelled = () -> false;
  final Map<Class<?>, Object> resources = new HashMap<>();

  Tuning(Space<T> space, Objective<T> objective, Direction direction) {
    this.space = Objects.requireNonNull(space, "space");
    this.objective = Objects.requireNonNull(objective, "objective");
    this.direction = direction;
  }

  /** The name in messages, journals and reports; default {@code "tuning"}. */
  public Tuning<T> name(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a tuning name must not be blank");
    }
    this.name = name;
    return this;
  }

  /**
   * The total number of trials, resumed ones included. When not set, the {@link MaxEvals} advice
   * for the space and parallelism is used and reported in the diagnostics.
   */
  public Tuning<T> maxEvals(int maxEvals) {
    if (maxEvals < 1) {
      throw new IllegalArgumentException(
          "maxEvals must be >= 1 (was %d); leave it unset to use the advice".formatted(maxEvals));
    }
    this.maxEvals = maxEvals;
    return this;
  }

  /**
   * The wall time for the whole run: no trial is started after it, running ones are cancelled
   * (recorded CANCELLED) and the best so far is returned.
   */
  public Tuning<T> timeout(Duration timeout) {
    this.timeout = positive(timeout, "timeout");
    return this;
  }

  /**
   * The wall time one trial may take. At the deadline the trial is interrupted; if it has not
   * stopped after the {@link #cancellationGrace}, it is abandoned (its thread left to finish on its
   * own, its result ignored). Either way it is recorded TIMED_OUT, counts as a bad point, and the
   * run goes on.
   */
  public Tuning<T> trialTimeout(Duration trialTimeout) {
    this.trialTimeout = positive(trialTimeout, "trialTimeout");
    return this;
  }

  /** How long a cancelled or timed-out trial may take to stop before it is abandoned; 5 s. */
  public Tuning<T> cancellationGrace(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("cancellationGrace must not be negative (was " + grace);
    }
    this.cancellationGrace = grace;
    return this;
  }

  /** Stops as soon as a trial's loss reaches {@code threshold} (≤ when minimising, ≥ otherwise). */
  public Tuning<T> lossThreshold(double threshold) {
    if (Double.isNaN(threshold)) {
      throw new IllegalArgumentException("lossThreshold must be a number (was NaN)");
    }
    this.lossThreshold = threshold;
    return this;
  }

  /** An early-stop rule, e.g. {@link EarlyStop#noProgress(int)}. */
  public Tuning<T> earlyStop(EarlyStop earlyStop) {
    this.earlyStop = Objects.requireNonNull(earlyStop, "earlyStop");
    return this;
  }

  /**
   * Stops the run once at least {@value TuningRun#TRIALS_TO_JUDGE} trials have finished and more
   * than {@code rate} of them failed or timed out (e.g. 0.5): such an objective is more likely
   * broken than unlucky. Off by default.
   */
  public Tuning<T> maxFailureRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException(
          "maxFailureRate must be in [0, 1], e.g. 0.5 for half the trials (was %s)"
              .formatted(rate));
    }
    this.maxFailureRate = rate;
    return this;
  }

  /** The search algorithm; default {@link Algorithms#tpe()}. */
  public Tuning<T> algorithm(Algorithm algorithm) {
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    return this;
  }

  /** The run seed; when not set a fresh one is drawn and recorded in the result. */
  public Tuning<T> seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Known points evaluated first, in order (e.g. the current production settings). */
  @SafeVarargs
  public final Tuning<T> initialPoints(T... points) {
    for (T p : points) {
      initialPoints.add(space.encode(p));
    }
    return this;
  }

  /** Known points, as assignments, evaluated first in order. */
  public Tuning<T> initialAssignments(List<Assignment> points) {
    initialPoints.addAll(points);
    return this;
  }

  /**
   * Whether the space's {@link Space#defaults() library defaults} are evaluated first, when it has
   * them; default true, so the tuned result is never worse than the defaults it was tuned on.
   */
  public Tuning<T> evaluateDefaults(boolean evaluate) {
    this.evaluateDefaults = evaluate;
    return this;
  }

  /** How many trials run at once; default 1. */
  public Tuning<T> parallelism(int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException(
          "parallelism must be >= 1 (was %d)".formatted(parallelism));
    }
    this.parallelism = parallelism;
    return this;
  }

  /**
   * How many cores each trial uses (what the model's {@code nthread}/{@code n_jobs} is set to): the
   * default executor then runs at most {@code floor(cores / n)} trials at once, and the objective
   * reads n from {@link TrialContext#threadsPerTrial()}.
   */
  public Tuning<T> threadsPerTrial(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException(
          "threadsPerTrial must be >= 1 (was %d)".formatted(threads));
    }
    this.threadsPerTrial = threads;
    return this;
  }

  /** Where trials run; default serial on the calling thread, threads when parallel or timed. */
  public Tuning<T> executor(TrialExecutor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return this;
  }

  /**
   * Keeps an append-only journal of every trial in {@code file} (JSON Lines). When the file exists
   * and {@link #resume} is on, the run continues from it.
   */
  public Tuning<T> journal(Path file) {
    this.journal = Objects.requireNonNull(file, "file");
    return this;
  }

  /** Whether an existing journal is resumed (default) or refused. */
  public Tuning<T> resume(boolean resume) {
    this.resume = resume;
    return this;
  }

  /** Where listeners write reports; default {@code target/parzen/<name>}. */
  public Tuning<T> outputDirectory(Path dir) {
    this.outputDirectory = Objects.requireNonNull(dir, "dir");
    return this;
  }

  /** Adds a listener, in addition to those found on the class path. */
  public Tuning<T> listener(TuningListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /** Whether listeners registered with {@link java.util.ServiceLoader} are used; default true. */
  public Tuning<T> discoverListeners(boolean discover) {
    this.discoverListeners = discover;
    return this;
  }

  /** Settings for listeners, such as {@code parzen.mlflow.trackingUri}. */
  public Tuning<T> configuration(Map<String, String> settings) {
    configuration.putAll(settings);
    return this;
  }

  /** Checked between trials: when it turns true the run stops as CANCELLED. */
  public Tuning<T> cancelWhen(BooleanSupplier cancelled) {
    this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    return this;
  }

  /** Offers {@code resource} to objectives through {@link TrialContext#resource}. */
  public <R> Tuning<T> resource(Class<R> type, R resource) {
    resources.put(type, type.cast(resource));
    return this;
  }

  /**
   * Runs the tuning to its end.
   *
   * @return the result, with the best trial and diagnostics
   * @throws NoSuccessfulTrialsException when no trial succeeded
   * @throws dev.parzen.journal.JournalException when the journal cannot be read or resumed
   */
  public TuningResult<T> run() {
    return new TuningRun<>(this).execute();
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive (was " + d + ")");
    }
    return d;
  }
}
