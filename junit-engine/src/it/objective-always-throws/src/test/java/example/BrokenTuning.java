package example;

import dev.parzen.annotations.Tune;

/** A tuning whose objective always throws: the build must fail and say why. */
class BrokenTuning {

  @Tune(maxEvals = 3, seed = 7)
  double diverges(Point p) {
    throw new IllegalStateException("the model diverged");
  }
}
