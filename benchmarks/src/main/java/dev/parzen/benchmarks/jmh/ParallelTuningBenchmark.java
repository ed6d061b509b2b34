package dev.parzen.benchmarks.jmh;

import dev.parzen.Assignment;
import dev.parzen.Parzen;
import dev.parzen.Space;
import dev.parzen.TuningResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The wall time of a whole tuning of {@value #TRIALS} trials whose objective sleeps {@value
 * #SLEEP_MILLIS} ms, serial and with {@code parallelism(2)} on the default executor and the default
 * TPE: the throughput that running trials at once buys.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ParallelTuningBenchmark {

  /** Trials per tuning. */
  public static final int TRIALS = 40;

  /** How long each trial sleeps. */
  public static final long SLEEP_MILLIS = 100;

  /** Trials at once. */
  @Param({"1", "2"})
  public int parallelism;

  private final Space<Assignment> space = SyntheticSpaces.of(2, false);

  /** One tuning. */
  @Benchmark
  public TuningResult<Assignment> tune() {
    return Parzen.minimize(
            space,
            p -> {
              Thread.sleep(SLEEP_MILLIS);
              return SyntheticSpaces.loss(p);
            })
        .maxEvals(TRIALS)
        .parallelism(parallelism)
        .seed(1)
        .discoverListeners(false)
        .run();
  }
}
