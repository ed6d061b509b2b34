package dev.parzen.mlflow.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns any text into a key MLflow accepts: characters from {@code [/\w.\- ]}, no {@code ..}, no
 * leading, trailing or doubled {@code /}, at most {@link Limits#KEY} characters. Parameter labels
 * are arbitrary strings, so every key passes through here.
 */
public final class Keys {

  private Keys() {}

  /** {@code raw} as a valid key of at most {@code max} characters; never empty. */
  public static String sanitize(String raw, int max) {
    StringBuilder b = new StringBuilder();
    raw.codePoints().forEach(cp -> b.appendCodePoint(allowed(cp) ? cp : '_'));
    String flat = b.toString().replace("..", "__");
    if (Limits.exceeds(flat, max)) {
      flat = flat.substring(0, flat.offsetByCodePoints(0, max));
    }
    List<String> segments = new ArrayList<>();
    for (String s : flat.split("/")) {
      if (!s.isEmpty()) {
        segments.add(s.equals(".") ? "_" : s);
      }
    }
    return segments.isEmpty() ? "_" : String.join("/", segments);
  }

  /** {@code raw} as a valid key of at most {@link Limits#KEY} characters. */
  public static String sanitize(String raw) {
    return sanitize(raw, Limits.KEY);
  }

  /** True when {@code key} needs no change. */
  public static boolean isValid(String key) {
    return sanitize(key).equals(key);
  }

  private static boolean allowed(int cp) {
    return Character.isLetterOrDigit(cp)
        || cp == '_'
        || cp == '.'
        || cp == '-'
        || cp == ' '
        || cp == '/';
  }
}
