package dev.parzen.junit.examples.unprocessed;

import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Tune;
import dev.parzen.junit.examples.Point;

/** {@code @AfterTuning} naming a method that is not a tuning. */
public class UnknownAfterTuningTestCase {

  @Tune(maxEvals = 1)
  double tuning(Point p) {
    return p.x();
  }

  @AfterTuning("tunning")
  void refit(Point best) {}
}
