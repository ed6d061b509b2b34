package dev.parzen.junit.examples.other;

import dev.parzen.annotations.Tune;
import dev.parzen.junit.examples.Point;

/** A tuning in another package, for package selectors and filters. */
public class OtherPackageTestCase {

  @Tune(maxEvals = 1, seed = 1)
  double elsewhere(Point p) {
    return p.x();
  }
}
