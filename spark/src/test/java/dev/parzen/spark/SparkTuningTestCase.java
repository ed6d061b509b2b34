package dev.parzen.spark;

import dev.parzen.TrialContext;
import dev.parzen.TuningResult;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Tune;
import java.util.concurrent.atomic.AtomicReference;

/** A {@code @Tune} class as a user writes it, run by the JUnit engine on Spark. */
public class SparkTuningTestCase {

  static final AtomicReference<TuningResult<Point>> RESULT = new AtomicReference<>();

  @Tune(maxEvals = 6, seed = 3, parallelism = 2)
  double bowl(Point p, TrialContext trial) {
    return (p.x() - 0.3) * (p.x() - 0.3) + p.n();
  }

  @AfterTuning("bowl")
  void keep(TuningResult<Point> result) {
    RESULT.set(result);
  }
}
