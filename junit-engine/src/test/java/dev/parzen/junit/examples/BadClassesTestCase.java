package dev.parzen.junit.examples;

import dev.parzen.TuningResult;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Tune;
import org.junit.jupiter.api.Tag;

/** Classes the engine cannot run as they are; each problem is a discovery issue on the class. */
public class BadClassesTestCase {

  /** An inner class: no instance of the outer class to create it with. */
  public class InnerTestCase {
    @Tune(maxEvals = 1)
    double tuning(Point p) {
      return p.x();
    }
  }

  /** No constructor without parameters. */
  public static class NoDefaultConstructorTestCase {
    public NoDefaultConstructorTestCase(String data) {}

    @Tune(maxEvals = 1)
    double tuning(Point p) {
      return p.x();
    }
  }

  /** {@code @AfterTuning} with a parameter it cannot be given. */
  public static class BadAfterTuningParameterTestCase {
    @Tune(maxEvals = 1)
    double tuning(Point p) {
      return p.x();
    }

    @AfterTuning("tuning")
    void refit(Point best, String model) {}

    @AfterTuning("tuning")
    void wrongResult(TuningResult<String> result) {}
  }

  /** A tag that tag expressions could not name. */
  @Tag("needs gpu")
  public static class InvalidTagTestCase {
    @Tune(maxEvals = 1, seed = 1)
    double tuning(Point p) {
      return p.x();
    }
  }
}
