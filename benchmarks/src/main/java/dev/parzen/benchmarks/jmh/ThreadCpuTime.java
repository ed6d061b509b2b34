package dev.parzen.benchmarks.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's CPU time and the operations it covers, summed over each iteration (JMH
 * reports both as secondary results; their ratio is the CPU time of one operation). Other processes
 * on a shared machine inflate wall time much more than the thread's own CPU time, so both are
 * reported.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ThreadCpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Nanoseconds of the thread's CPU time. */
  public long cpuNanos;

  /** Operations timed. */
  public long operations;

  /** The current thread's CPU time in nanoseconds: pass it to {@link #add} afterwards. */
  public static long now() {
    return THREADS.getCurrentThreadCpuTime();
  }

  /**
   * Adds the CPU time since {@code start} (from {@link #now()}) spent on {@code ops} operations.
   */
  public void add(long start, int ops) {
    cpuNanos += now() - start;
    operations += ops;
  }

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    cpuNanos = 0;
    operations = 0;
  }
}
