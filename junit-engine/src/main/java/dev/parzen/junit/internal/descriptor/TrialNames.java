package dev.parzen.junit.internal.descriptor;

import dev.parzen.Assignment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The names a trial shows: {@code #7 maxDepth=4, eta=0.031, booster=DART} in trees, and {@code
 * logLoss(XgbParams)[7]} for reports that parse names, as Surefire does.
 */
public final class TrialNames {

  private static final MathContext THREE_DIGITS = new MathContext(3);

  private TrialNames() {}

  /** {@code #7 maxDepth=4, eta=0.031, booster=DART}: numbers rounded to three digits. */
  public static String display(int number, Assignment assignment) {
    String params =
        assignment.asMap().entrySet().stream()
            .map(e -> e.getKey() + "=" + value(e.getValue()))
            .collect(Collectors.joining(", "));
    return params.isEmpty() ? "#" + number : "#" + number + " " + params;
  }

  /** {@code logLoss(XgbParams)[7]}. */
  public static String legacy(String methodSignature, int number) {
    return methodSignature + "[" + number + "]";
  }

  /** A parameter value, short: {@code 0.0312}, {@code 4}, {@code 1.5e-05}, {@code DART}. */
  public static String value(Object v) {
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof Float f) {
      return number(f.doubleValue());
    }
    return String.valueOf(v);
  }

  private static String number(double d) {
    if (!Double.isFinite(d)) {
      return String.valueOf(d);
    }
    double a = Math.abs(d);
    if (a != 0 && (a < 1e-3 || a >= 1e6)) {
      return String.format(Locale.ROOT, "%.2e", d).replace("e+", "e");
    }
    if (a >= 1000) {
      return String.valueOf(Math.round(d));
    }
    return new BigDecimal(d).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
  }
}
