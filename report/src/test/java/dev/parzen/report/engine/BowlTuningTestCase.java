package dev.parzen.report.engine;

import dev.parzen.annotations.Tune;

/** A {@code @Tune} class as a user writes it; nothing in it mentions the report. */
public class BowlTuningTestCase {

  @Tune(maxEvals = 12, seed = 5)
  double bowl(Bowl p) {
    double r = Math.log10(p.rate()) + 2;
    return r * r + (p.depth() - 3) * (p.depth() - 3) + (p.side().equals("near") ? 0 : 1);
  }
}
