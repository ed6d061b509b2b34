package dev.parzen.junit.examples;

import dev.parzen.annotations.Tune;

/** Two tunings, and a method that is not one; the class is created once per tuning. */
public class TwoTuningsTestCase {

  public TwoTuningsTestCase() {
    Recorder.EVENTS.add("new TwoTuningsTestCase");
  }

  @Tune(maxEvals = 3, seed = 1)
  double first(Point p) {
    Recorder.EVENTS.add("first " + System.identityHashCode(this));
    return p.x() * p.x();
  }

  @Tune(maxEvals = 2, seed = 2)
  double second(Point p) {
    Recorder.EVENTS.add("second " + System.identityHashCode(this));
    return p.y() * p.y();
  }

  double notATuning(Point p) {
    return 0;
  }
}
