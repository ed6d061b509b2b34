package dev.parzen.junit.internal.execution;

import dev.parzen.Trial;
import dev.parzen.TrialError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups the causes of failed trials with their counts, as the runtime does when all fail. */
final class FailureCauses {

  private FailureCauses() {}

  /**
   * {@code " 7 × IllegalStateException: diverged\n 2 × TrialTimeout: ran past 10.0 s"}, then the
   * first stack trace.
   */
  static String describe(List<? extends Trial<?>> failed) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    String firstStack = null;
    for (Trial<?> t : failed) {
      String summary = t.error().map(TrialError::summary).orElse(t.status().name());
      counts.merge(summary.lines().findFirst().orElse(summary), 1, Integer::sum);
      String stack = t.error().map(TrialError::stackTrace).orElse("");
      if (firstStack == null && !stack.isEmpty()) {
        firstStack = "first failure (trial #" + t.number() + "):\n" + stack.stripTrailing();
      }
    }
    StringBuilder sb = new StringBuilder("Causes:");
    counts.forEach((cause, n) -> sb.append("\n  ").append(n).append(" × ").append(cause));
    if (firstStack != null) {
      sb.append('\n').append(firstStack);
    }
    return sb.toString();
  }
}
