package dev.parzen.executor;

import dev.parzen.TrialExecutor;
import dev.parzen.TrialTask;

/** Runs each trial on the calling thread before returning: the simplest, reproducible executor. */
public final class SerialExecutor implements TrialExecutor {

  @Override
  public int capacity(int parallelism, int threadsPerTrial) {
    return 1;
  }

  @Override
  public void execute(TrialTask<?> task) {
    task.complete(task.run());
  }

  @Override
  public boolean canInterrupt() {
    return false;
  }

  @Override
  public String describe() {
    return "serial";
  }

  @Override
  public void close() {}
}
