package example;

import dev.parzen.annotations.Tune;

/** A tuning class that is not named *Test: Surefire runs it through the includes. */
class QuadraticTuning {

  @Tune(maxEvals = 50, seed = 7)
  double quadratic(Point p) {
    return p.x() * p.x() + p.y() * p.y();
  }

  @Tune(maxEvals = 50, seed = 7)
  double notSelected(Point p) {
    throw new IllegalStateException("-Dtest selects quadratic only");
  }
}
