package dev.parzen.junit.internal.execution;

import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TuningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The failed trials of a tuning: their share, checked against {@code @Tune(maxFailureRate)}, and
 * their causes grouped with counts, as the runtime groups them when every trial failed.
 */
final class Failures {

  private Failures() {}

  /** The trials that finished: OK, FAILED or TIMED_OUT. */
  static long finished(TuningResult<?> r) {
    return r.trials().stream().filter(t -> t.status().finished()).count();
  }

  /** True when the failed share of finished trials is above {@code limit}. */
  static boolean shareAbove(TuningResult<?> r, double limit) {
    long finished = finished(r);
    return finished > 0 && (double) r.trials().failed().size() / finished > limit;
  }

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
