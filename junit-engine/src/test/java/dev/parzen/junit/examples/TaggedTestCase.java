package dev.parzen.junit.examples;

import dev.parzen.annotations.Tune;
import org.junit.jupiter.api.Tag;

/** Tags on the class and on one of its tunings. */
@Tag("slow")
public class TaggedTestCase {

  @Tune(maxEvals = 1, seed = 1)
  @Tag("gpu")
  double onGpu(Point p) {
    return p.x();
  }

  @Tune(maxEvals = 1, seed = 1)
  double onCpu(Point p) {
    return p.y();
  }
}
