package dev.parzen.junit.internal.execution;

import dev.parzen.Diagnostic;
import dev.parzen.Durations;
import dev.parzen.TuningResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * The entries a {@code @Tune} method publishes when its tuning ends: the best trial, the seed that
 * reproduces the run, why it stopped, and each diagnostic.
 */
final class TuningEntries {

  private TuningEntries() {}

  static ReportEntry summary(TuningResult<?> r, TuningSpec spec) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("tuning", r.name());
    m.put("trials", String.valueOf(r.trials().size()));
    m.put("failed", String.valueOf(r.trials().failed().size()));
    r.trials()
        .best()
        .ifPresent(
            best -> {
              m.put("bestTrial", String.valueOf(best.number()));
              m.put("bestLoss", String.valueOf(best.loss()));
              m.put("bestParams", best.assignment().toString());
            });
    m.put("seed", String.valueOf(r.seed()));
    m.put("stopReason", r.stopReason().description());
    m.put("maxEvals", String.valueOf(r.maxEvals()));
    m.put("algorithm", r.algorithm());
    m.put("elapsed", Durations.format(r.elapsed()));
    m.put("diagnostics", String.valueOf(r.diagnostics().size()));
    m.put("journal", spec.journal().toString());
    return ReportEntry.from(m);
  }

  static List<ReportEntry> diagnostics(TuningResult<?> r) {
    return r.diagnostics().stream().map(TuningEntries::diagnostic).toList();
  }

  private static ReportEntry diagnostic(Diagnostic d) {
    String where = d.parameterLabel().map(p -> p + ": ").orElse("");
    return ReportEntry.from("diagnostic", "[" + d.kind() + "] " + where + d.message());
  }
}
