package dev.parzen.spark.internal;

import dev.parzen.Assignment;
import dev.parzen.TrialContext;
import dev.parzen.spark.SparkBroadcasts;
import java.util.Optional;
import org.apache.spark.TaskContext;

/**
 * The trial context inside a Spark task: cancellation is the task being killed, and the resources
 * are the executor's broadcasts and the task's own context.
 */
final class RemoteTrialContext implements TrialContext {

  private final RemoteTrial trial;
  private final Assignment assignment;
  private final TaskContext task;

  RemoteTrialContext(RemoteTrial trial, Assignment assignment, TaskContext task) {
    this.trial = trial;
    this.assignment = assignment;
    this.task = task;
  }

  @Override
  public int trialNumber() {
    return trial.number();
  }

  @Override
  public String tuningName() {
    return trial.tuningName();
  }

  @Override
  public Assignment assignment() {
    return assignment;
  }

  @Override
  public long seed() {
    return trial.seed();
  }

  @Override
  public int threadsPerTrial() {
    return trial.threadsPerTrial();
  }

  @Override
  public boolean isCancelled() {
    return task != null && task.isInterrupted();
  }

  @Override
  public <R> Optional<R> resource(Class<R> type) {
    if (type == SparkBroadcasts.class) {
      return Optional.of(type.cast(trial.broadcasts()));
    }
    if (type == TaskContext.class && task != null) {
      return Optional.of(type.cast(task));
    }
    return Optional.empty();
  }
}
