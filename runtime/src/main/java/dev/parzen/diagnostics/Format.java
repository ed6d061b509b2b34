package dev.parzen.diagnostics;

import dev.parzen.Dimension;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Numbers as messages show them: short, and written the way a Java literal or an annotation value
 * would take them ({@code 0.1}, {@code 1.0E-5}, {@code 12}).
 */
final class Format {

  private static final MathContext FOUR_DIGITS = new MathContext(4);

  private Format() {}

  /** {@code v} to four significant digits, e.g. {@code 0.03162}, {@code 1.0}, {@code 1.0E-5}. */
  static String number(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return String.valueOf(v == 0 ? 0.0 : v);
    }
    return Double.toString(new BigDecimal(v).round(FOUR_DIGITS).doubleValue());
  }

  /** A value of {@code dimension}: integers without a fraction, reals as {@link #number}. */
  static String value(Dimension.Numeric dimension, double v) {
    return dimension.integer() ? Long.toString(Math.round(v)) : number(v);
  }

  /** A ratio as {@code 4.2×}. */
  static String factor(double ratio) {
    return String.format(Locale.ROOT, "%.1f×", ratio);
  }

  /** A rate as {@code 90 %}. */
  static String percent(double rate) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * rate);
  }

  /** Trial numbers as {@code #3, #8, #12}, the first {@code limit} only, then how many more. */
  static String trialNumbers(List<Integer> numbers, int limit) {
    String shown =
        numbers.stream().limit(limit).map(n -> "#" + n).collect(Collectors.joining(", "));
    return numbers.size() > limit ? shown + " and " + (numbers.size() - limit) + " more" : shown;
  }
}
