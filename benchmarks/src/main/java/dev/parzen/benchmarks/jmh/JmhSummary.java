package dev.parzen.benchmarks.jmh;

import dev.parzen.benchmarks.quality.Anchors;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * The JMH results as Markdown: TPE's suggestion time over history size, dimensions and
 * conditionality next to Hyperopt's and Optuna's, the journal's append cost, each layer's cost per
 * trial, and the parallel speed-up. Sections whose benchmarks did not run are left out.
 */
final class JmhSummary {

  private final Collection<RunResult> results;
  private final StringBuilder out = new StringBuilder();

  private JmhSummary(Collection<RunResult> results) {
    this.results = results;
  }

  /** The summary of {@code results}, run with the full settings or not. */
  static String of(Collection<RunResult> results, boolean full) {
    JmhSummary s = new JmhSummary(results);
    s.line("## JMH (%s settings)%n", full ? "full" : "short");
    s.suggestions();
    s.simple("Journal append (µs per trial)", JournalAppendBenchmark.class, "append");
    s.overhead();
    s.parallel();
    return s.out.toString();
  }

  private void suggestions() {
    if (find(TpeSuggestBenchmark.class, "suggest", "trials=100").isEmpty()) {
      return;
    }
    line("### Default TPE, ms per suggestion: wall (± 99.9 %% error) / CPU of the thread%n");
    line("| finished trials | conditional | 2 dims | 10 dims | 50 dims |");
    line("|---|---|---|---|---|");
    for (String trials : List.of("100", "1000", "10000")) {
      for (String conditional : List.of("false", "true")) {
        StringBuilder row = new StringBuilder("| %s | %s |".formatted(trials, conditional));
        for (String dims : List.of("2", "10", "50")) {
          row.append(' ')
              .append(
                  suggestion(
                      "trials=" + trials, "dimensions=" + dims, "conditional=" + conditional))
              .append(" |");
        }
        line("%s", row);
      }
    }
    line(
        "%nReference on the 10-dimensional sphere at 1,000 trials (anchors, mean wall time):"
            + " Hyperopt TPE %.1f ms, Optuna TPE %.1f ms, Optuna multivariate TPE %.1f ms.%n",
        Anchors.latencyMillis("hyperopt_tpe", 1000),
        Anchors.latencyMillis("optuna_tpe", 1000),
        Anchors.latencyMillis("optuna_tpe_mv", 1000));
  }

  private String suggestion(String... params) {
    return withCpu(run(TpeSuggestBenchmark.class, "suggest", params), 1e6);
  }

  /** The wall time (± error) and the CPU time per operation, in {@code unitNanos}. */
  private static String withCpu(Optional<RunResult> r, double unitNanos) {
    if (r.isEmpty()) {
      return "–";
    }
    Result<?> cpu = r.get().getSecondaryResults().get("cpuNanos");
    Result<?> count = r.get().getSecondaryResults().get("operations");
    String wall = cell(Optional.of(r.get().getPrimaryResult()));
    if (cpu == null || count == null || count.getScore() == 0) {
      return wall;
    }
    return wall
        + String.format(Locale.ROOT, " / %.3f", cpu.getScore() / count.getScore() / unitNanos);
  }

  private void simple(String title, Class<?> benchmark, String method) {
    Optional<Result<?>> r = find(benchmark, method);
    if (r.isPresent()) {
      line("### %s%n%n%s%n", title, cell(r));
    }
  }

  private void overhead() {
    Class<?> b = TuningOverheadBenchmark.class;
    if (run(b, "objectiveAlone").isEmpty()) {
      return;
    }
    line(
        "### Cost per trial of a trivial objective, µs (random search, %d trials a tuning)%n",
        TuningOverheadBenchmark.TRIALS);
    line("| layer | µs per trial: wall (± error) / CPU of the thread |");
    line("|---|---|");
    line("| the objective alone | %s |", withCpu(run(b, "objectiveAlone"), 1e3));
    line("| Study ask/tell | %s |", withCpu(run(b, "study"), 1e3));
    line("| Parzen.minimize, no journal or listeners | %s |", withCpu(run(b, "minimize"), 1e3));
    line(
        "| Parzen.minimize + journal + console + HTML report | %s |",
        withCpu(run(b, "minimizeWithJournalAndListeners"), 1e3));
    line(
        "| @Tune through the JUnit launcher (journal, console, report) | %s |%n",
        withCpu(run(b, "engine"), 1e3));
  }

  private void parallel() {
    Optional<Result<?>> serial = find(ParallelTuningBenchmark.class, "tune", "parallelism=1");
    Optional<Result<?>> two = find(ParallelTuningBenchmark.class, "tune", "parallelism=2");
    if (serial.isEmpty() || two.isEmpty()) {
      return;
    }
    line(
        "### %d trials sleeping %d ms, wall time%n",
        ParallelTuningBenchmark.TRIALS, ParallelTuningBenchmark.SLEEP_MILLIS);
    line("| parallelism | ms |%n|---|---|");
    line("| 1 | %s |%n| 2 | %s |%n", cell(serial), cell(two));
    line(
        "p = 2 takes %.3f× the serial wall time (target ≤ 0.55×).%n",
        two.get().getScore() / serial.get().getScore());
  }

  /** The primary result of {@code benchmark.method} with these {@code name=value} parameters. */
  private Optional<Result<?>> find(Class<?> benchmark, String method, String... params) {
    return run(benchmark, method, params).map(RunResult::getPrimaryResult);
  }

  private Optional<RunResult> run(Class<?> benchmark, String method, String... params) {
    String name = benchmark.getName() + "." + method;
    return results.stream()
        .filter(r -> r.getParams().getBenchmark().equals(name) && matches(r, params))
        .findFirst();
  }

  private static boolean matches(RunResult r, String[] params) {
    for (String p : params) {
      int eq = p.indexOf('=');
      if (!p.substring(eq + 1).equals(r.getParams().getParam(p.substring(0, eq)))) {
        return false;
      }
    }
    return true;
  }

  private static String cell(Optional<Result<?>> r) {
    if (r.isEmpty()) {
      return "–";
    }
    double error = r.get().getScoreError();
    return Double.isNaN(error)
        ? String.format(Locale.ROOT, "%.3f", r.get().getScore())
        : String.format(Locale.ROOT, "%.3f ± %.3f", r.get().getScore(), error);
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
