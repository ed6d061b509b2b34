package dev.parzen.junit.examples;

import dev.parzen.annotations.Tune;

/** A tuning without maxEvals: the runtime's advice chooses the budget and says so. */
public class AdvisedTestCase {

  @Tune(seed = 2)
  double advised(Point p) {
    return p.x() * p.x() + p.y() * p.y();
  }
}
