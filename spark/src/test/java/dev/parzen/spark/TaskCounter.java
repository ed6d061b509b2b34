package dev.parzen.spark;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

/**
 * Counts Spark task starts and ends. Registered before the executor's own listener, it sees every
 * task event before the executor does, so once a run has returned it has seen every end.
 */
final class TaskCounter extends SparkListener {

  final AtomicInteger started = new AtomicInteger();
  final AtomicInteger ended = new AtomicInteger();

  @Override
  public void onTaskStart(SparkListenerTaskStart e) {
    started.incrementAndGet();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd e) {
    ended.incrementAndGet();
  }

  int running() {
    return started.get() - ended.get();
  }
}
