package dev.parzen.junit.examples;

import dev.parzen.TuningResult;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Tune;

/** A tuning followed by a refit that receives the best parameters and the result. */
public class AfterTuningTestCase {

  @Tune(maxEvals = 4, seed = 3)
  double quadratic(Point p) {
    Recorder.EVENTS.add("trial on " + System.identityHashCode(this));
    return p.x() * p.x() + p.y() * p.y();
  }

  @AfterTuning("quadratic")
  void refit(Point best, TuningResult<Point> result) {
    Recorder.EVENTS.add("refit on " + System.identityHashCode(this));
    Recorder.VALUES.add(best);
    Recorder.VALUES.add(result);
  }
}
