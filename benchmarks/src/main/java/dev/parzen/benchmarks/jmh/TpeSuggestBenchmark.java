package dev.parzen.benchmarks.jmh;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.Space;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The time of one suggestion of the default TPE ({@code Algorithms.tpe()}) against the size of the
 * history and of the space, with all parameters active or half of them behind a choice. Besides the
 * wall time, {@link ThreadCpuTime} counts the suggesting thread's CPU time, which other processes
 * on a shared machine disturb much less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TpeSuggestBenchmark {

  /** Finished trials in the history. */
  @Param({"100", "1000", "10000"})
  public int trials;

  /** Numeric parameters in the space. */
  @Param({"2", "10", "50"})
  public int dimensions;

  /** Whether the parameters are split between two branches of a choice. */
  @Param({"false", "true"})
  public boolean conditional;

  private final Algorithm tpe = Algorithms.tpe();
  private Space<Assignment> space;
  private List<Observation> history;
  private long seed;

  /** Builds the space and a history of random points. */
  @Setup
  public void setUp() {
    space = SyntheticSpaces.of(dimensions, conditional);
    history = List.copyOf(SyntheticSpaces.history(space, trials, 7));
  }

  /** One suggestion, with a fresh seed each time. */
  @Benchmark
  public Assignment suggest(ThreadCpuTime cpu) {
    long start = ThreadCpuTime.now();
    Assignment a = tpe.suggest(space, history, seed++);
    cpu.add(start, 1);
    return a;
  }
}
