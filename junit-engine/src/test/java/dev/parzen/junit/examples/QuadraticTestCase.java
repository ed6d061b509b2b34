package dev.parzen.junit.examples;

import dev.parzen.annotations.Tune;

/** A tuning whose every trial succeeds. */
public class QuadraticTestCase {

  @Tune(maxEvals = 5, seed = 7)
  double quadratic(Point p) {
    return p.x() * p.x() + p.y() * p.y();
  }
}
