package dev.parzen.mlflow.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes YAML scalars the way MLflow's {@code meta.yaml} files need them: plain when YAML reads the
 * text back as the same string, single-quoted otherwise, double-quoted with escapes when the text
 * holds characters a YAML reader refuses or folds (line breaks, control characters).
 */
public final class YamlScalars {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_./\\- ]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "on", "off", "null", "y", "n");

  private YamlScalars() {}

  /** A scalar for {@code value}: a string, a whole number, or {@code null}. */
  public static String of(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Long || value instanceof Integer) {
      return value.toString();
    }
    return string((String) value);
  }

  /** A scalar that a YAML reader turns back into exactly {@code s}. */
  public static String string(String s) {
    if (s.isEmpty()) {
      return "''";
    }
    if (PLAIN.matcher(s).matches()
        && !s.endsWith(" ")
        && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    if (s.codePoints().allMatch(YamlScalars::singleLine)) {
      return "'" + s.replace("'", "''") + "'";
    }
    StringBuilder b = new StringBuilder("\"");
    s.codePoints().forEach(cp -> b.append(escaped(cp)));
    return b.append('"').toString();
  }

  /** Characters YAML keeps verbatim inside single quotes (no breaks, no control characters). */
  private static boolean singleLine(int cp) {
    return (cp >= 0x20 && cp <= 0x7E)
        || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
        || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  private static String escaped(int cp) {
    switch (cp) {
      case '"':
        return "\\\"";
      case '\\':
        return "\\\\";
      case '\n':
        return "\\n";
      case '\t':
        return "\\t";
      case '\r':
        return "\\r";
      default:
        break;
    }
    if (singleLine(cp)) {
      return new String(Character.toChars(cp));
    }
    return cp <= 0xFF ? "\\x%02X".formatted(cp) : "\\u%04X".formatted(cp);
  }
}
