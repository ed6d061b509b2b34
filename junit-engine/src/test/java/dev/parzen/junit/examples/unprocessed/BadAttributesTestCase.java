package dev.parzen.junit.examples.unprocessed;

import dev.parzen.annotations.Tune;
import dev.parzen.junit.examples.Point;

/** {@code @Tune} attributes out of range. */
public class BadAttributesTestCase {

  @Tune(maxEvals = 0, timeout = "soon", maxFailureRate = 2)
  double badAttributes(Point p) {
    return p.x();
  }
}
