package dev.parzen.console;

import dev.parzen.Assignment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Numbers, durations and parameters written short enough for one console line. */
final class Readable {

  private Readable() {}

  /**
   * {@code value} rounded to {@code digits} significant digits without trailing zeros: {@code
   * 0.213}, {@code 12.5}, {@code 1.5e-07}.
   */
  static String number(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-4 && magnitude < 1e7) {
      BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
      return rounded.stripTrailingZeros().toPlainString();
    }
    String scientific = String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
    return scientific.replaceFirst("\\.?0+e", "e");
  }

  /** {@code 0.4 s}, {@code 38 s}, {@code 12m 05s}, {@code 2h 07m}. */
  static String duration(Duration d) {
    long ms = Math.max(0, d.toMillis());
    if (ms < 10_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = Math.round(ms / 1000.0);
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%dh %02dm", s / 3600, (s % 3600) / 60);
  }

  /** {@code {maxDepth=4, eta=0.03123, booster=dart}}: reals to four significant digits. */
  static String params(Assignment assignment) {
    StringJoiner out = new StringJoiner(", ", "{", "}");
    for (Map.Entry<String, Object> e : assignment.asMap().entrySet()) {
      Object v = e.getValue();
      String text = v instanceof Double d ? number(d, 4) : String.valueOf(v);
      out.add(e.getKey() + "=" + text);
    }
    return out.toString();
  }
}
