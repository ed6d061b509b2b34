package dev.parzen.spark;

import dev.parzen.Diagnostic;
import dev.parzen.TrialError;
import dev.parzen.TrialExecutor;
import dev.parzen.TrialOutcome;
import dev.parzen.TrialTask;
import dev.parzen.spark.internal.ContextFactory;
import dev.parzen.spark.internal.RemoteObjective;
import dev.parzen.spark.internal.RemoteParams;
import dev.parzen.spark.internal.ShippingPlan;
import dev.parzen.spark.internal.TaskProfiles;
import dev.parzen.spark.internal.TrialJobs;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Evaluates trials on Apache Spark: the driver keeps the study and the search, and each trial is a
 * Spark job of one task, submitted without blocking, up to the tuning's parallelism at once.
 *
 * <pre>{@code
 * try (SparkExecutor spark = SparkExecutor.builder().master("spark://host:7077").build()) {
 *   Parzen.minimize(space, objective).parallelism(8).executor(spark).run();
 * }
 * }</pre>
 *
 * <p>What travels per trial is small: the trial number, seed and parameter values, plus how to find
 * the objective. A {@link dev.parzen.MethodObjective} (a {@code @Tune} method) travels by name and
 * each executor JVM creates one instance of its class, so data its constructor loads is loaded once
 * per executor. Any other objective must be {@link java.io.Serializable}; it is serialised once per
 * tuning into a broadcast variable. Large read-only data belongs in {@link #broadcast}.
 *
 * <p>An objective's exception comes back as a FAILED trial with its class, message and stack trace;
 * Spark never re-runs an objective. A lost executor fails its running trial with {@code "executor
 * lost"} and the run goes on. Each trial has its own job group, so a trial timeout, the run timeout
 * or an early stop cancels its job (interrupting the task's thread), and the trial is recorded once
 * its task has stopped.
 *
 * <p>Thread-safe: several tunings may share one executor.
 */
public final class SparkExecutor implements TrialExecutor {

  private static final System.Logger LOG = System.getLogger("dev.parzen.spark");
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final JavaSparkContext jsc;
  private final boolean owned;
  private final TrialJobs jobs;
  private final ShippingPlan shipping;
  private final TaskProfiles profiles;
  private final List<Broadcast<?>> ownBroadcasts = new CopyOnWriteArrayList<>();
  private volatile SparkBroadcasts broadcasts = SparkBroadcasts.none();
  private volatile boolean closed;

  private SparkExecutor(SparkContext sc, boolean owned) {
    this.jsc = JavaSparkContext.fromSparkContext(Objects.requireNonNull(sc, "sc"));
    this.owned = owned;
    String prefix =
        "parzen-" + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet() + "-";
    this.jobs = new TrialJobs(sc, prefix);
    this.shipping = new ShippingPlan(jsc);
    this.profiles = new TaskProfiles(jsc);
  }

  /** An executor on an existing context, which {@link #close()} leaves running. */
  public static SparkExecutor on(JavaSparkContext context) {
    return new SparkExecutor(context.sc(), false);
  }

  /**
   * An executor on an existing context, which {@link #close()} leaves running. For a {@code
   * SparkSession}, pass {@code session.sparkContext()}.
   */
  public static SparkExecutor on(SparkContext context) {
    return new SparkExecutor(context, false);
  }

  /** A builder for an executor that creates its Spark context from a master URL. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Spark context trials run on. */
  public JavaSparkContext context() {
    return jsc;
  }

  /**
   * Broadcasts {@code value} to the executors under {@code name}, for objectives to read with
   * {@link SparkBroadcasts#of}. Destroyed when this executor closes.
   *
   * @return the broadcast variable
   */
  public <V> Broadcast<V> broadcast(String name, V value) {
    Objects.requireNonNull(name, "name");
    Broadcast<V> b = jsc.broadcast(value);
    synchronized (this) {
      broadcasts = broadcasts.with(name, b);
    }
    ownBroadcasts.add(b);
    return b;
  }

  /** The broadcasts added with {@link #broadcast}. */
  public SparkBroadcasts broadcasts() {
    return broadcasts;
  }

  /**
   * The parallelism itself, except in local mode with several threads per trial, where the cores
   * cap how many trials run at once.
   */
  @Override
  public int capacity(int parallelism, int threadsPerTrial) {
    return profiles.capacity(parallelism, threadsPerTrial);
  }

  /**
   * Warns when the parallelism is above the cluster's current task slots, and when trials of
   * several threads cannot get a task resource profile here.
   */
  @Override
  public List<Diagnostic> diagnostics(int parallelism, int threadsPerTrial) {
    List<Diagnostic> found = profiles.diagnostics(parallelism, threadsPerTrial);
    found.forEach(d -> LOG.log(Level.WARNING, d.message()));
    return found;
  }

  /**
   * Submits the trial as a Spark job and returns at once.
   *
   * @throws IllegalArgumentException when the tuning's objective or parameters cannot be sent to
   *     executors (checked on its first trial), saying how to fix it
   * @throws IllegalStateException when this executor is closed
   */
  @Override
  public void execute(TrialTask<?> task) {
    if (closed) {
      throw new IllegalStateException(
          "this SparkExecutor is closed; create a new one to run trial " + task.trialNumber());
    }
    RemoteObjective objective = shipping.objective(task);
    Object params;
    try {
      params = task.space().decode(task.assignment());
    } catch (RuntimeException e) {
      task.complete(new TrialOutcome.Failed(TrialError.of(e), Instant.now(), Duration.ZERO));
      return;
    }
    RemoteParams remoteParams = ShippingPlan.params(task.space(), params, task.tuningName());
    jobs.submit(
        task, objective, remoteParams, broadcasts, profiles.forThreads(task.threadsPerTrial()));
  }

  /** Cancels the trial's job group; the trial is recorded once its task has stopped. */
  @Override
  public void cancel(TrialTask<?> task) {
    task.cancel();
    jobs.cancel(task);
  }

  /** True: a job group is cancelled with its task thread interrupted. */
  @Override
  public boolean canInterrupt() {
    return true;
  }

  /** {@code "Spark local[2] (2 cores)"}. */
  @Override
  public String describe() {
    return "Spark %s (%d cores)".formatted(jsc.master(), jsc.defaultParallelism());
  }

  /**
   * Cancels the jobs still running, releases broadcasts, and stops the Spark context if this
   * executor created it.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    jobs.cancelAll("the Spark executor was closed");
    jobs.detach();
    shipping.close();
    ownBroadcasts.forEach(Broadcast::destroy);
    if (owned) {
      jsc.stop();
    }
  }

  /** Configures an executor that creates (or joins) the JVM's Spark context. Not thread-safe. */
  public static final class Builder {
    private String master = "local[*]";
    private String appName = "parzen";
    private ClasspathShipping classpath = ClasspathShipping.AUTO;
    private final Map<String, String> settings = new LinkedHashMap<>();

    private Builder() {}

    /** The master URL: {@code local[*]} (the default), {@code spark://host:7077}, {@code yarn}… */
    public Builder master(String master) {
      this.master = Objects.requireNonNull(master, "master");
      return this;
    }

    /** The application name shown by the cluster manager; {@code "parzen"}. */
    public Builder appName(String appName) {
      this.appName = Objects.requireNonNull(appName, "appName");
      return this;
    }

    /** A Spark setting, such as {@code spark.executor.memory}; wins over Parzen's defaults. */
    public Builder set(String key, String value) {
      settings.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, key));
      return this;
    }

    /** How executors get the tuning's classes; {@link ClasspathShipping#AUTO} by default. */
    public Builder classpath(ClasspathShipping shipping) {
      this.classpath = Objects.requireNonNull(shipping, "shipping");
      return this;
    }

    /**
     * The executor. When the JVM already runs a Spark context it is used as it is (settings here
     * are then ignored) and left running on close; otherwise a new one is created with these
     * settings, {@code spark.task.maxFailures=1} and {@code spark.ui.enabled=false} unless set, and
     * stopped on close.
     */
    public SparkExecutor build() {
      ContextFactory.Created c = ContextFactory.create(master, appName, settings, classpath);
      return new SparkExecutor(c.context(), c.owned());
    }
  }
}
