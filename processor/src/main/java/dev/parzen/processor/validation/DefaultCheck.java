package dev.parzen.processor.validation;

import dev.parzen.processor.model.Distribution;
import dev.parzen.processor.model.Mirrors;
import dev.parzen.processor.model.NumericKind;
import dev.parzen.processor.model.Param;

/** A numeric default must be a value the distribution can yield. */
final class DefaultCheck implements ParamCheck {

  @Override
  public void check(Param p, ValidationReport report) {
    Distribution.Numeric n = p.numeric();
    if (n == null || !n.hasDefault() || !p.valueType().numeric()) {
      return;
    }
    String problem = problem(p, n);
    if (problem != null) {
      report.error(
          "[ParzenDefault] default %s of '%s' %s"
              .formatted(Numbers.text(n.defaultValue()), p.name(), problem),
          p.element(),
          n.mirror(),
          Mirrors.explicit(n.mirror(), "defaultValue"));
    }
  }

  private static String problem(Param p, Distribution.Numeric n) {
    double d = n.defaultValue();
    NumericKind kind = n.kind();
    if (!Double.isFinite(d)) {
      return "must be a finite number";
    }
    if (kind == NumericKind.RAND_INT && (d < n.min() || d >= n.max())) {
      return "is outside [%s, %s) (max is exclusive); pick a value in range or drop the default"
          .formatted(Numbers.text(n.min()), Numbers.text(n.max()));
    }
    if (!kind.normal() && (d < n.min() || d > n.max())) {
      return "is outside [%s, %s]; pick a value in range or widen the range"
          .formatted(Numbers.text(n.min()), Numbers.text(n.max()));
    }
    if (kind.normal() && kind.log() && d < 0 || kind == NumericKind.LOG_NORMAL && d == 0) {
      return "must be > 0: log-normal values are positive";
    }
    if ((p.valueType().integer() || kind == NumericKind.RAND_INT) && !Numbers.whole(d)) {
      return "must be a whole number: '%s' is an integer".formatted(p.name());
    }
    if (kind.quantised() && n.q() > 0 && !Numbers.onGrid(d, n.q())) {
      return "is not a multiple of q = %s; use %s"
          .formatted(Numbers.text(n.q()), Numbers.text(Math.rint(d / n.q()) * n.q()));
    }
    return null;
  }
}
