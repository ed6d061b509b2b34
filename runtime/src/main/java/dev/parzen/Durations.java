package dev.parzen;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes durations the way people write them: {@code 90s}, {@code 10m}, {@code 1h30m}.
 */
public final class Durations {

  private static final Pattern SHORT =
      Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

  private Durations() {}

  /**
   * Parses {@code "90s"}, {@code "10m"}, {@code "1h30m"}, {@code "250ms"}, {@code "2d"} or ISO-8601
   * ({@code "PT10M"}).
   *
   * @throws IllegalArgumentException naming the text and the accepted forms
   */
  public static Duration parse(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    if (s.startsWith("p")) {
      try {
        return Duration.parse(s.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        throw invalid(text);
      }
    }
    Matcher m = SHORT.matcher(s);
    if (s.isEmpty() || !m.matches()) {
      throw invalid(text);
    }
    return Duration.ofDays(number(m.group(1)))
        .plusHours(number(m.group(2)))
        .plusMinutes(number(m.group(3)))
        .plusSeconds(number(m.group(4)))
        .plusMillis(number(m.group(5)));
  }

  /** {@code 1h 2m 3s}, {@code 4.2 s}, {@code 350 ms}: short and readable. */
  public static String format(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
    long s = d.getSeconds();
    if (s < 3600) {
      return (s / 60) + "m " + (s % 60) + "s";
    }
    return (s / 3600) + "h " + ((s % 3600) / 60) + "m";
  }

  private static long number(String group) {
    return group == null ? 0 : Long.parseLong(group);
  }

  private static IllegalArgumentException invalid(String text) {
    return new IllegalArgumentException(
        "cannot read '%s' as a duration; write e.g. 90s, 10m, 1h30m, 250ms or PT10M"
            .formatted(text));
  }
}
