package dev.parzen.benchmarks.quality;

import dev.parzen.tpe.bench.BenchProblem;
import dev.parzen.tpe.bench.BenchProblems;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search-quality harness: runs every {@link Configuration#standard() configuration} on every
 * problem of {@code bench/problems.json} over seeds {@code 0 .. N - 1} and compares the best losses
 * with Hyperopt's and Optuna's ({@code bench/anchors.json}) by a rank test. Prints Markdown and
 * writes {@code quality.md} and {@code quality.json} into the output directory.
 *
 * <p>From the repository root: {@code mvn -q -B -pl benchmarks -am process-test-classes -Pquality},
 * with {@code -Dquality.args="--seeds 10 --problems branin,logscale"} to run less. Arguments:
 * {@code --seeds N} (default 30, as the anchors), {@code --problems a,b} (default all), {@code
 * --out DIR} (default {@code target}).
 */
public final class QualityHarness {

  /** The configuration whose results the summary table sets against the anchors. */
  static final String HEADLINE = "TPE defaults()";

  private QualityHarness() {}

  /** Runs the harness with the arguments described above. */
  public static void main(String[] args) throws IOException {
    int seeds = 30;
    List<String> names = new ArrayList<>();
    Path out = Path.of("target");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--seeds" -> seeds = Integer.parseInt(value(args, ++i));
        case "--problems" -> names.addAll(Arrays.asList(value(args, ++i).split(",")));
        case "--out" -> out = Path.of(value(args, ++i));
        default ->
            throw new IllegalArgumentException(
                "unknown argument %s; use --seeds N, --problems a,b or --out DIR"
                    .formatted(args[i]));
      }
    }
    List<BenchProblem> problems =
        names.isEmpty() ? BenchProblems.all() : names.stream().map(BenchProblems::named).toList();
    run(problems, seeds, out, System.out);
  }

  /**
   * Runs {@code problems} with {@code seeds} seeds, prints the Markdown report to {@code console}
   * (progress goes to standard error) and writes it, with the JSON results, into {@code out}.
   *
   * @return the outcomes, in problem order
   */
  public static List<ProblemOutcome> run(
      List<BenchProblem> problems, int seeds, Path out, PrintStream console) {
    List<ProblemOutcome> outcomes = new ArrayList<>();
    long start = System.nanoTime();
    for (BenchProblem p : problems) {
      outcomes.add(ProblemOutcome.run(p, Configuration.standard(), seeds));
      System.err.printf("%s done after %.0f s%n", p.name(), (System.nanoTime() - start) / 1e9);
    }
    String markdown = preamble(seeds) + MarkdownReport.of(outcomes, HEADLINE);
    console.print(markdown);
    write(out.resolve("quality.md"), markdown);
    write(out.resolve("quality.json"), JsonReport.of(outcomes, seeds));
    return outcomes;
  }

  private static String preamble(int seeds) {
    return """
        ## Search quality: Parzen against Hyperopt 0.3.0 and Optuna 3.1.0

        Best loss so far, median [first quartile, third quartile] over %d seeds; anchors over 30.
        Verdicts compare each seed's best loss at the full budget with the anchor's by a two-sided
        Mann-Whitney U test at α = %s: better, equal (no significant difference, i.e. within
        noise) or worse. Parallel rows keep p trials in flight, each suggestion seeing the others
        as running. Every problem runs the same configurations.

        """
        .formatted(seeds, Verdict.ALPHA);
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
