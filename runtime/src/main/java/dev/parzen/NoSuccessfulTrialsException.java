package dev.parzen;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * No trial of a tuning succeeded. The message groups the failure causes with their counts and shows
 * the first stack trace, so the usual culprit (a bug in the objective) is visible at once.
 */
public final class NoSuccessfulTrialsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<? extends Trial<?>> trials;

  /**
   * The exception for a tuning whose trials all failed.
   *
   * @param name the tuning's name
   * @param trials its trials
   */
  public NoSuccessfulTrialsException(String name, List<? extends Trial<?>> trials) {
    super(message(name, trials));
    this.trials = List.copyOf(trials);
  }

  /** The trials, all unsuccessful. */
  public List<? extends Trial<?>> trials() {
    return trials;
  }

  private static String message(String name, List<? extends Trial<?>> trials) {
    if (trials.isEmpty()) {
      return name
          + ": no trial was evaluated (maxEvals 0, an immediate timeout or cancellation);"
          + " allow at least one trial";
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    String firstStack = null;
    for (Trial<?> t : trials) {
      String cause = t.error().map(TrialError::summary).orElse(t.status().name().toLowerCase());
      counts.merge(firstLine(cause), 1, Integer::sum);
      if (firstStack == null && t.error().isPresent() && !t.error().get().stackTrace().isEmpty()) {
        firstStack = "first failure (trial #" + t.number() + "):\n" + t.error().get().stackTrace();
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(name)
        .append(": all ")
        .append(trials.size())
        .append(" trial(s) failed; no best parameters. Causes:");
    counts.forEach((cause, n) -> sb.append("\n  ").append(n).append(" × ").append(cause));
    if (firstStack != null) {
      sb.append('\n').append(firstStack.stripTrailing());
    }
    return sb.toString();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
