package dev.parzen.junit.internal.execution;

import dev.parzen.Assignment;
import dev.parzen.Durations;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * How one trial ended, in the terms its test reports: built from its {@link Trial} record (for a
 * trial that ran inside its test, {@link Trial#of} gives the record the tuning will keep).
 *
 * @param number the trial number
 * @param assignment the parameter values
 * @param status the status
 * @param loss the loss; NaN unless OK
 * @param variance the loss variance; NaN when unknown
 * @param duration how long it ran
 * @param error why it did not succeed
 * @param attachments what the objective attached to its loss
 */
record TrialReport(
    int number,
    Assignment assignment,
    TrialStatus status,
    double loss,
    double variance,
    Duration duration,
    Optional<TrialError> error,
    Map<String, String> attachments) {

  private static final Set<String> FIXED_KEYS =
      Set.of("trial", "status", "loss", "variance", "duration", "error");

  static TrialReport of(Trial<?> t) {
    return new TrialReport(
        t.number(),
        t.assignment(),
        t.status(),
        t.loss(),
        t.variance(),
        t.duration(),
        t.error(),
        t.attachments());
  }

  /** The entry a trial publishes: number, status, loss, duration, then every parameter. */
  ReportEntry entry() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("trial", String.valueOf(number));
    m.put("status", status.name());
    if (status == TrialStatus.OK) {
      m.put("loss", String.valueOf(loss));
      if (!Double.isNaN(variance)) {
        m.put("variance", String.valueOf(variance));
      }
    }
    m.put("duration", Durations.format(duration));
    error.ifPresent(e -> m.put("error", nonBlank(e.summary())));
    assignment
        .asMap()
        .forEach((k, v) -> m.put(FIXED_KEYS.contains(k) ? "param." + k : k, nonBlank(v)));
    attachments.forEach((k, v) -> m.put("attachment." + k, nonBlank(v)));
    return ReportEntry.from(m);
  }

  private static String nonBlank(Object v) {
    String s = String.valueOf(v);
    return s.isBlank() ? "\"" + s + "\"" : s;
  }
}
