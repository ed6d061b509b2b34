package dev.parzen.executor;

import dev.parzen.TrialExecutor;
import dev.parzen.TrialTask;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs trials on daemon threads. The pool grows as needed because a trial that ignores interrupts
 * is abandoned with its thread still busy; the tuning loop, not the pool, bounds concurrency.
 */
public final class ThreadExecutor implements TrialExecutor {

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final int maxConcurrent;
  private final ExecutorService pool;

  /**
   * An executor admitting {@code maxConcurrent} trials at once, or {@code floor(cores /
   * threadsPerTrial)} when it is 0.
   */
  public ThreadExecutor(int maxConcurrent) {
    this.maxConcurrent = maxConcurrent;
    this.pool = Executors.newCachedThreadPool(daemonThreads());
  }

  @Override
  public int capacity(int parallelism, int threadsPerTrial) {
    int limit =
        maxConcurrent > 0
            ? maxConcurrent
            : Math.max(
                1, Runtime.getRuntime().availableProcessors() / Math.max(1, threadsPerTrial));
    return Math.max(1, Math.min(parallelism, limit));
  }

  @Override
  public void execute(TrialTask<?> task) {
    pool.execute(() -> task.complete(task.run()));
  }

  @Override
  public String describe() {
    return maxConcurrent > 0 ? maxConcurrent + " threads" : "threads (one per core)";
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "parzen-trials-" + pool + "-" + n.incrementAndGet());
      // Daemon: an abandoned trial that never returns must not keep the JVM alive.
      t.setDaemon(true);
      return t;
    };
  }
}
