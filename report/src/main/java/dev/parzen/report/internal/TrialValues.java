package dev.parzen.report.internal;

import dev.parzen.Assignment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Parameter values as the page's JSON carries them: finite numbers stay numbers, all else text. */
final class TrialValues {

  private TrialValues() {}

  /** The values by label; those of {@code categorical} parameters always as text. */
  static Map<String, Object> of(Assignment assignment, Set<String> categorical) {
    Map<String, Object> out = new LinkedHashMap<>();
    assignment
        .asMap()
        .forEach((label, v) -> out.put(label, categorical.contains(label) ? text(v) : value(v)));
    return out;
  }

  private static Object value(Object v) {
    if (v instanceof Long || v instanceof Integer) {
      return ((Number) v).longValue();
    }
    if (v instanceof Double d) {
      return Double.isFinite(d) ? d : text(d);
    }
    return text(v);
  }

  /** How an option reads on an axis and in the table: its string form. */
  static String text(Object option) {
    return String.valueOf(option);
  }
}
