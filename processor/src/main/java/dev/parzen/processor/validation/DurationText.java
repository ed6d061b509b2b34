package dev.parzen.processor.validation;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the durations {@code @Tune} accepts: {@code "90s"}, {@code "10m"}, {@code "1h30m"}, {@code
 * "500ms"}, {@code "2d"}, or ISO-8601 such as {@code "PT10M"}.
 */
public final class DurationText {

  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:ms|d|h|m|s))+");
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|d|h|m|s)");

  private DurationText() {}

  /**
   * The duration {@code text} denotes.
   *
   * @throws IllegalArgumentException when it is not a duration in one of the accepted forms
   */
  public static Duration parse(String text) {
    String t = text.trim();
    if (t.toUpperCase(Locale.ROOT).startsWith("P")) {
      try {
        return Duration.parse(t);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not an ISO-8601 duration", e);
      }
    }
    if (!WHOLE.matcher(t).matches()) {
      throw new IllegalArgumentException("not a duration");
    }
    Duration total = Duration.ZERO;
    Matcher m = PART.matcher(t);
    while (m.find()) {
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
              });
    }
    return total;
  }
}
