package dev.parzen.spark.internal;

import dev.parzen.TrialTask;
import dev.parzen.spark.SparkBroadcasts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.ExecutorLostFailure;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.resource.ResourceProfile;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * The trials in flight on one Spark context, by job group, job and stage, kept current by Spark's
 * listener events: which tasks started and ended, which executor was lost under a trial.
 */
public final class TrialJobs extends SparkListener {

  private static final String JOB_GROUP = "spark.jobGroup.id";

  private final SparkContext sc;
  private final String prefix;
  private final AtomicLong serial = new AtomicLong();
  private final Map<String, TrialJob> byGroup = new ConcurrentHashMap<>();
  private final Map<TrialTask<?>, TrialJob> byTask = new ConcurrentHashMap<>();
  private final Map<Integer, TrialJob> byJob = new ConcurrentHashMap<>();
  private final Map<Integer, TrialJob> byStage = new ConcurrentHashMap<>();

  /** Tracks trials whose job groups start with {@code prefix}; registers itself with Spark. */
  public TrialJobs(SparkContext sc, String prefix) {
    this.sc = sc;
    this.prefix = prefix;
    sc.addSparkListener(this);
  }

  /**
   * Submits {@code task} as a job of its own group, tracked until its task has ended.
   *
   * @param task the trial
   * @param objective how executors find the objective
   * @param params how executors obtain the parameter object
   * @param broadcasts the broadcasts offered to the objective
   * @param profile the task resource profile for the trial's cores, if any
   */
  public void submit(
      TrialTask<?> task,
      RemoteObjective objective,
      RemoteParams params,
      SparkBroadcasts broadcasts,
      Optional<ResourceProfile> profile) {
    RemoteTrial remote =
        new RemoteTrial(
            task.tuningName(),
            task.trialNumber(),
            task.seed(),
            task.threadsPerTrial(),
            new LinkedHashMap<>(task.assignment().asMap()),
            params,
            objective,
            broadcasts);
    TrialJob job = new TrialJob(task, prefix + serial.incrementAndGet());
    byGroup.put(job.group(), job);
    byTask.put(task, job);
    try {
      JobSubmission.submit(JavaSparkContext.fromSparkContext(sc), job, remote, profile);
    } catch (RuntimeException e) {
      byGroup.remove(job.group());
      byTask.remove(task);
      throw e;
    }
  }

  /** Stops the job of {@code task}, if it still runs. */
  public void cancel(TrialTask<?> task) {
    TrialJob job = byTask.get(task);
    if (job != null && !job.isDone()) {
      job.cancelRequested();
      sc.cancelJobGroup(job.group(), "the tuning stopped trial " + task.trialNumber());
    }
  }

  /** Stops every job still running. */
  public void cancelAll(String reason) {
    for (TrialJob job : byTask.values()) {
      if (!job.isDone()) {
        job.cancelRequested();
        sc.cancelJobGroup(job.group(), reason);
      }
    }
  }

  /** Stops listening. */
  public void detach() {
    sc.removeSparkListener(this);
  }

  @Override
  public void onJobStart(SparkListenerJobStart e) {
    Properties p = e.properties();
    TrialJob job = p == null ? null : byGroup.get(String.valueOf(p.getProperty(JOB_GROUP)));
    if (job == null) {
      return;
    }
    byJob.put(e.jobId(), job);
    e.stageIds().foreach(id -> byStage.put((Integer) id, job));
  }

  @Override
  public void onTaskStart(SparkListenerTaskStart e) {
    TrialJob job = byStage.get(e.stageId());
    if (job != null) {
      job.taskStarted();
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd e) {
    TrialJob job = byStage.get(e.stageId());
    if (job == null) {
      return;
    }
    if (e.reason() instanceof ExecutorLostFailure lost) {
      job.executorLost(lost.execId(), lost.toErrorString());
      // A retried attempt would only report NOT_RERUN; stop it from taking a slot.
      sc.cancelJobGroup(job.group(), "executor " + lost.execId() + " lost");
    }
    job.taskEnded();
    forgetIfSettled(job);
  }

  @Override
  public void onJobEnd(SparkListenerJobEnd e) {
    TrialJob job = byJob.get(e.jobId());
    if (job != null) {
      job.jobEnded();
      forgetIfSettled(job);
    }
  }

  private void forgetIfSettled(TrialJob job) {
    if (job.settled()) {
      byGroup.remove(job.group());
      byTask.remove(job.task());
      byJob.values().remove(job);
      byStage.values().removeIf(j -> j == job);
    }
  }
}
