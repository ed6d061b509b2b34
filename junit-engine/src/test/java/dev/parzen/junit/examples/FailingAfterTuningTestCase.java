package dev.parzen.junit.examples;

import dev.parzen.TuningResult;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Tune;

/** An assertion after tuning that fails, and a tuning with no success to follow. */
public class FailingAfterTuningTestCase {

  @Tune(maxEvals = 2, seed = 3)
  double quadratic(Point p) {
    return p.x() * p.x() + p.y() * p.y();
  }

  @Tune(maxEvals = 2, seed = 3)
  double broken(Point p) {
    throw new IllegalStateException("broken");
  }

  @AfterTuning({"quadratic", "broken"})
  void demandsTheImpossible(TuningResult<Point> result) {
    Recorder.EVENTS.add("after " + result.name());
    throw new AssertionError("best loss " + result.best().loss() + " is not below 0");
  }
}
