package dev.parzen.processor.validation;

import dev.parzen.processor.model.Distribution;
import dev.parzen.processor.model.Mirrors;
import dev.parzen.processor.model.NumericKind;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.ValueType;

/** Bounds, log bounds, sigma and the quantum of a numeric annotation. */
final class BoundsCheck implements ParamCheck {

  @Override
  public void check(Param p, ValidationReport report) {
    Distribution.Numeric n = p.numeric();
    if (n == null) {
      return;
    }
    Reporter r = new Reporter(p, n, report);
    if (n.kind() == NumericKind.RAND_INT) {
      checkRandInt(p, n, r);
    } else if (n.kind().normal()) {
      checkNormal(n, r);
    } else {
      checkRange(p, n, r);
    }
    if (n.kind().quantised() && n.kind() != NumericKind.RAND_INT) {
      checkQuantum(p, n, r);
    }
  }

  private static void checkRange(Param p, Distribution.Numeric n, Reporter r) {
    if (!Double.isFinite(n.min()) || !Double.isFinite(n.max())) {
      r.error("ParzenBounds", "min", "min and max must be finite numbers");
      return;
    }
    if (n.kind().log() && n.min() <= 0) {
      r.error(
          "ParzenLogBounds",
          "min",
          "%s.min must be > 0 (was %s); log bounds are real values: use 1e-5, not -5"
              .formatted(r.at, Numbers.text(n.min())));
    } else if (n.min() >= n.max()) {
      r.error(
          "ParzenBounds",
          "min",
          "%s.min must be < max (was min = %s, max = %s); swap them or widen the range"
              .formatted(r.at, Numbers.text(n.min()), Numbers.text(n.max())));
    } else if (p.valueType().integer()) {
      checkIntegerBounds(p, n.min(), n.max(), r);
    }
  }

  private static void checkIntegerBounds(Param p, double min, double max, Reporter r) {
    if (!Numbers.whole(min) || !Numbers.whole(max)) {
      r.error(
          "ParzenBounds",
          Numbers.whole(min) ? "max" : "min",
          "integer '%s' needs whole bounds (was min = %s, max = %s); round them or make the field double"
              .formatted(p.name(), Numbers.text(min), Numbers.text(max)));
    } else if (p.valueType() == ValueType.INT
        && (min < Integer.MIN_VALUE || max > Integer.MAX_VALUE)) {
      r.error(
          "ParzenBounds",
          min < Integer.MIN_VALUE ? "min" : "max",
          "the bounds of int '%s' do not fit an int (was min = %s, max = %s); declare it long or narrow the range"
              .formatted(p.name(), Numbers.text(min), Numbers.text(max)));
    }
  }

  private static void checkRandInt(Param p, Distribution.Numeric n, Reporter r) {
    if (n.min() >= n.max()) {
      r.error(
          "ParzenBounds",
          "max",
          "@RandInt.max is exclusive and must be > min (was min = %s, max = %s); use max = %s to allow just %s"
              .formatted(
                  Numbers.text(n.min()),
                  Numbers.text(n.max()),
                  Numbers.text(n.min() + 1),
                  Numbers.text(n.min())));
    } else if (p.valueType() == ValueType.INT
        && (n.min() < Integer.MIN_VALUE || n.max() - 1 > Integer.MAX_VALUE)) {
      r.error(
          "ParzenBounds",
          n.min() < Integer.MIN_VALUE ? "min" : "max",
          "the values of int '%s' do not fit an int (was min = %s, max = %s); declare it long or narrow the range"
              .formatted(p.name(), Numbers.text(n.min()), Numbers.text(n.max())));
    }
  }

  private static void checkNormal(Distribution.Numeric n, Reporter r) {
    if (!Double.isFinite(n.mu())) {
      r.error("ParzenBounds", "mu", "%s.mu must be a finite number".formatted(r.at));
    }
    if (!(n.sigma() > 0) || Double.isInfinite(n.sigma())) {
      r.error(
          "ParzenSigma",
          "sigma",
          "%s.sigma must be > 0 (was %s); it is a standard deviation: use a positive spread"
              .formatted(r.at, Numbers.text(n.sigma())));
    }
  }

  private static void checkQuantum(Param p, Distribution.Numeric n, Reporter r) {
    double q = n.q();
    if (!(q > 0) || Double.isInfinite(q)) {
      r.error(
          "ParzenQuantum",
          "q",
          "%s.q must be > 0 (was %s); it is the step between values: use q = 1 for whole numbers"
              .formatted(r.at, Numbers.text(q)));
    } else if (p.valueType().integer() && !Numbers.whole(q)) {
      r.error(
          "ParzenQuantum",
          "q",
          "integer '%s' needs a whole q (was %s); use q = %s or make the field double"
              .formatted(p.name(), Numbers.text(q), Numbers.text(Math.max(1, Math.rint(q)))));
    } else if (!n.kind().normal()
        && n.min() < n.max()
        && Double.isFinite(n.max())
        && !Numbers.gridMeets(n.min(), n.max(), q)) {
      r.error(
          "ParzenQuantum",
          "q",
          "no multiple of q = %s lies in [%s, %s]; lower q or widen the range"
              .formatted(Numbers.text(q), Numbers.text(n.min()), Numbers.text(n.max())));
    }
  }

  /** Places errors on the named attribute's value, or on the annotation when it is defaulted. */
  private static final class Reporter {
    private final Param p;
    private final Distribution.Numeric n;
    private final ValidationReport report;
    private final String at;

    Reporter(Param p, Distribution.Numeric n, ValidationReport report) {
      this.p = p;
      this.n = n;
      this.report = report;
      this.at = "@" + n.kind().simpleName();
    }

    void error(String id, String attribute, String message) {
      report.error(
          "[" + id + "] " + message,
          p.element(),
          n.mirror(),
          Mirrors.explicit(n.mirror(), attribute));
    }
  }
}
