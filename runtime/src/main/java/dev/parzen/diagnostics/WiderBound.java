package dev.parzen.diagnostics;

import dev.parzen.Dimension;

/**
 * Where to move a bound that the best trials press against, or why it cannot move: a log range
 * grows by a decade, a linear one by half its width, and neither crosses a natural limit (0 for
 * non-negative ranges, 1 for ranges inside [0, 1] and for counts, the quantum for log grids).
 *
 * @param value the suggested bound in real units; NaN when the bound is a natural limit
 * @param limit why the bound cannot move, e.g. {@code "the end of a [0, 1] range"}; {@code null}
 *     when it can
 */
record WiderBound(double value, String limit) {

  /** The suggestion for the upper bound ({@code upper}) or the lower bound of {@code d}. */
  static WiderBound of(Dimension.Numeric d, boolean upper) {
    return d.log() ? logarithmic(d, upper) : linear(d, upper);
  }

  /** True when the bound is a natural limit and no wider value is suggested. */
  boolean natural() {
    return limit != null;
  }

  private static WiderBound logarithmic(Dimension.Numeric d, boolean upper) {
    if (upper) {
      return new WiderBound(ceil(d.upper() * 10, d.q()), null);
    }
    double lower = d.q() > 0 ? Math.max(d.q(), floor(d.lower() / 10, d.q())) : d.lower() / 10;
    if (lower >= d.lower()) {
      return limit("the smallest positive multiple of its quantum " + Format.number(d.q()));
    }
    return new WiderBound(lower, null);
  }

  private static WiderBound linear(Dimension.Numeric d, boolean upper) {
    double half = (d.upper() - d.lower()) / 2;
    boolean fraction = d.lower() >= 0 && d.upper() <= 1;
    if (upper) {
      if (fraction && d.upper() == 1) {
        return limit("the end of a range inside [0, 1]");
      }
      double wider = d.upper() + half;
      return new WiderBound(fraction ? Math.min(1, ceil(wider, d.q())) : ceil(wider, d.q()), null);
    }
    if (d.lower() == 0 && d.upper() > 0) {
      return limit("the least a non-negative value can be");
    }
    if (d.integer() && d.lower() == 1) {
      // Depths, counts and sizes start at 1; below it many libraries switch meaning (0 = none).
      return limit("the smallest count, 1");
    }
    double wider = floor(d.lower() - half, d.q());
    return new WiderBound(d.lower() > 0 ? Math.max(0, wider) : wider, null);
  }

  private static WiderBound limit(String why) {
    return new WiderBound(Double.NaN, why);
  }

  private static double ceil(double v, double q) {
    return q > 0 ? Math.ceil(v / q - 1e-9) * q : v;
  }

  private static double floor(double v, double q) {
    return q > 0 ? Math.floor(v / q + 1e-9) * q : v;
  }
}
