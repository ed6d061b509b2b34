package dev.parzen.spark.internal;

import dev.parzen.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.resource.ResourceProfileBuilder;
import org.apache.spark.resource.TaskResourceRequests;

/**
 * Gives trials of n threads n cores through stage-level scheduling: a task resource profile that
 * asks for n CPUs for this tuning's tasks only, where {@code spark.task.cpus} would change every
 * job of the application. Spark supports such profiles on standalone, YARN and Kubernetes (with
 * dynamic allocation off, on the default executors, since Spark 3.4/3.5; with it on, since 3.1),
 * never in local mode: there each trial takes one slot and the concurrency is capped instead.
 */
public final class TaskProfiles {

  private static final Pattern LOCAL_CLUSTER =
      Pattern.compile("local-cluster\\[\\s*\\d+\\s*,\\s*(\\d+)\\s*,.*\\]");

  private final JavaSparkContext jsc;
  private final Map<Integer, Choice> choices = new ConcurrentHashMap<>();

  /** Profiles on {@code jsc}. */
  public TaskProfiles(JavaSparkContext jsc) {
    this.jsc = jsc;
  }

  /**
   * The profile for trials of {@code threads} cores; empty when Spark's default fits or none can.
   */
  public Optional<ResourceProfile> forThreads(int threads) {
    return Optional.ofNullable(choose(threads).profile());
  }

  /** How many trials may run at once: capped by the cores in local mode, else not at all. */
  public int capacity(int parallelism, int threads) {
    if (threads > 1 && jsc.sc().isLocal()) {
      return Math.max(1, Math.min(parallelism, jsc.sc().defaultParallelism() / threads));
    }
    return parallelism;
  }

  /** What users should know about running {@code parallelism} trials of {@code threads} cores. */
  public List<Diagnostic> diagnostics(int parallelism, int threads) {
    List<Diagnostic> out = new ArrayList<>();
    Choice c = choose(threads);
    if (c.note() != null) {
      out.add(new Diagnostic(Diagnostic.Kind.PARALLELISM, null, c.note()));
    }
    SparkContext sc = jsc.sc();
    boolean local = sc.isLocal();
    int executors = jsc.statusTracker().getExecutorInfos().length - (local ? 0 : 1);
    if (executors <= 0 || (local && threads > 1)) {
      return out; // no executor to judge by yet; in local mode capacity() already caps
    }
    int cores = sc.defaultParallelism();
    int perTrial = c.profile() != null ? threads : 1;
    int slots = Math.max(1, cores / perTrial);
    if (parallelism > slots) {
      out.add(
          new Diagnostic(
              Diagnostic.Kind.PARALLELISM,
              null,
              ("parallelism %d is more than the %d task slot(s) Spark has now (%d cores, %d per"
                      + " trial): the extra trials wait in Spark's queue and are suggested knowing"
                      + " less; lower parallelism to %d or add executors")
                  .formatted(parallelism, slots, cores, perTrial, slots)));
    }
    return out;
  }

  private Choice choose(int threads) {
    return threads <= 1 ? Choice.DEFAULT : choices.computeIfAbsent(threads, this::decide);
  }

  private Choice decide(int threads) {
    SparkContext sc = jsc.sc();
    if (sc.isLocal()) {
      return new Choice(
          null,
          ("threadsPerTrial %d: Spark local mode has no stage-level scheduling, so each trial takes"
                  + " one task slot; at most %d trial(s) of %d cores run at once on the %d cores")
              .formatted(
                  threads,
                  Math.max(1, sc.defaultParallelism() / threads),
                  threads,
                  sc.defaultParallelism()));
    }
    int executorCores = executorCores(sc);
    if (executorCores > 0 && executorCores < threads) {
      return new Choice(
          null,
          ("threadsPerTrial %d is more than the %d cores of an executor: Spark could never schedule"
                  + " such a task, so each trial takes one task slot instead; give executors at"
                  + " least %d cores (spark.executor.cores)")
              .formatted(threads, executorCores, threads));
    }
    ResourceProfile profile =
        new ResourceProfileBuilder().require(new TaskResourceRequests().cpus(threads)).build();
    try {
      // Validates the profile against the cluster manager without running anything.
      jsc.emptyRDD().rdd().withResources(profile);
      return new Choice(profile, null);
    } catch (RuntimeException e) {
      return new Choice(
          null,
          ("threadsPerTrial %d: this Spark cluster refuses task resource profiles (%s), so each"
                  + " trial takes one task slot; set spark.task.cpus=%d for the application instead")
              .formatted(threads, e.getMessage(), threads));
    }
  }

  private static int executorCores(SparkContext sc) {
    if (sc.getConf().contains("spark.executor.cores")) {
      return sc.getConf().getInt("spark.executor.cores", 1);
    }
    Matcher m = LOCAL_CLUSTER.matcher(sc.master());
    return m.matches() ? Integer.parseInt(m.group(1)) : -1;
  }

  /** A profile to apply, or a note on why none is. */
  private record Choice(ResourceProfile profile, String note) {
    static final Choice DEFAULT = new Choice(null, null);
  }
}
