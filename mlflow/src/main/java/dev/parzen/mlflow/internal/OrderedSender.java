package dev.parzen.mlflow.internal;

import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs tracking steps on one background thread, in submission order, so a slow tracking server
 * never holds up the tuning. The queue is bounded: when it is full, {@link #submit} waits a while,
 * then gives up. The first failing step stops the sender: later steps are dropped and {@code
 * onFailure} hears of the failure once.
 */
public final class OrderedSender {

  /** One unit of work against the store. */
  @FunctionalInterface
  public interface Step {
    /** Does the work. */
    void run() throws Exception;
  }

  private final ThreadPoolExecutor worker;
  private final Semaphore room;
  private final int capacity;
  private final Duration roomWait;
  private final Consumer<Exception> onFailure;
  private final AtomicBoolean stopped = new AtomicBoolean();

  /**
   * A sender.
   *
   * @param threadName the worker thread's name
   * @param capacity how many steps may wait
   * @param roomWait how long {@link #submit} waits for room in a full queue
   * @param onFailure told once about the first failure
   */
  public OrderedSender(
      String threadName, int capacity, Duration roomWait, Consumer<Exception> onFailure) {
    this.room = new Semaphore(capacity);
    this.capacity = capacity;
    this.roomWait = roomWait;
    this.onFailure = onFailure;
    this.worker =
        new ThreadPoolExecutor(
            1,
            1,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    // A tuning that dies without tuningFinished must not leave a thread behind.
    worker.allowCoreThreadTimeOut(true);
  }

  /** Queues {@code step}; drops it when the sender has stopped. */
  public void submit(Step step) {
    if (stopped.get()) {
      return;
    }
    try {
      if (!room.tryAcquire(roomWait.toMillis(), TimeUnit.MILLISECONDS)) {
        fail(
            new IllegalStateException(
                "the tracking store fell more than %d updates behind and did not catch up within %s"
                    .formatted(capacity, roomWait)));
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(new IllegalStateException("interrupted while queueing a tracking update", e));
      return;
    }
    worker.execute(
        () -> {
          try {
            if (!stopped.get()) {
              step.run();
            }
          } catch (Exception e) {
            fail(e);
          } finally {
            room.release();
          }
        });
  }

  /**
   * Waits until every queued step has run, at most {@code timeout}, then ends the worker.
   *
   * @return false when the steps did not all run in time (they are abandoned)
   */
  public boolean finish(Duration timeout) {
    worker.shutdown();
    try {
      if (worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return true;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stopped.set(true);
    worker.shutdownNow();
    return false;
  }

  /** True once a step failed or the sender was abandoned. */
  public boolean stopped() {
    return stopped.get();
  }

  private void fail(Exception e) {
    if (stopped.compareAndSet(false, true)) {
      onFailure.accept(e);
    }
  }
}
