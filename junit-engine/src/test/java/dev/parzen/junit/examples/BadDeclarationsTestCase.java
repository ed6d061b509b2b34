package dev.parzen.junit.examples;

import dev.parzen.TrialContext;
import dev.parzen.annotations.Tune;
import org.junit.jupiter.api.Test;

/** One mistake per method; each is a discovery issue on that method. */
public class BadDeclarationsTestCase {

  @Tune
  private double privateTuning(Point p) {
    return p.x();
  }

  @Tune
  static double staticTuning(Point p) {
    return p.x();
  }

  @Tune
  double noParameter() {
    return 0;
  }

  @Tune
  double secondParameterNotAContext(Point p, String s) {
    return p.x();
  }

  @Tune
  double contextOnly(TrialContext trial) {
    return 0;
  }

  @Tune
  int returnsInt(Point p) {
    return 0;
  }

  @Tune
  double noGeneratedSpace(Unspaced u) {
    return u.value();
  }

  @Tune(maxEvals = 1, seed = 1)
  @Test
  double alsoAJupiterTest(Point p) {
    return p.x();
  }

  /** A parameter type without a generated space. */
  public record Unspaced(double value) {}
}
