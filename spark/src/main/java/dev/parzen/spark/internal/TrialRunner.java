package dev.parzen.spark.internal;

import dev.parzen.Assignment;
import dev.parzen.Loss;
import dev.parzen.Objective;
import dev.parzen.TrialError;
import java.io.Serializable;
import java.time.Instant;
import org.apache.spark.SparkEnv;
import org.apache.spark.TaskContext;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/**
 * The function a trial's Spark task runs on an executor: evaluates the one trial of its partition
 * and returns how it went as plain values. Whatever the objective throws is caught here, so Spark
 * never sees a failed task and never retries an objective; a retried attempt (after a lost
 * executor) returns at once without running it.
 */
public final class TrialRunner extends AbstractFunction1<Iterator<RemoteTrial>, RemoteResult>
    implements Serializable {

  private static final long serialVersionUID = 1L;

  @Override
  public RemoteResult apply(Iterator<RemoteTrial> partition) {
    TaskContext task = TaskContext.get();
    String executor = executor();
    if (task != null && task.attemptNumber() > 0) {
      return RemoteResult.notRerun(task.attemptNumber(), executor);
    }
    return evaluate(partition.next(), task, executor);
  }

  static RemoteResult evaluate(RemoteTrial trial, TaskContext task, String executor) {
    Instant start = Instant.now();
    long t0 = System.nanoTime();
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      Assignment assignment = Assignment.of(trial.assignment());
      Objective<Object> objective = trial.objective().resolve(loader);
      Object params = trial.params().decode(assignment, loader);
      Loss loss = objective.evaluate(params, new RemoteTrialContext(trial, assignment, task));
      if (loss == null) {
        loss = Loss.fail("the objective returned null instead of a Loss");
      }
      return RemoteResult.completed(loss, start, System.nanoTime() - t0, executor);
    } catch (Throwable e) {
      // Failure is data: any throwable, OutOfMemoryError included, becomes a FAILED trial.
      return RemoteResult.failed(TrialError.of(e), start, System.nanoTime() - t0, executor);
    }
  }

  private static String executor() {
    SparkEnv env = SparkEnv.get();
    if (env == null) {
      return "unknown";
    }
    return env.executorId() + "@" + env.blockManager().blockManagerId().host();
  }
}
