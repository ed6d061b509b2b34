package dev.parzen.tpe.bench;

import dev.parzen.Algorithms;
import dev.parzen.tpe.TpeOptions;
import java.util.List;

/**
 * Benchmarks Parzen's TPE against random search and the reference results, printing Markdown.
 *
 * <p>Run from the repository root (the {@code bench} profile of {@code runtime/pom.xml} runs this
 * class after compiling the tests):
 *
 * <pre>
 * mvn -q -B -pl runtime -am process-test-classes -Pbench -Dbench.args="all --seeds 30"
 * </pre>
 *
 * <p>Modes: {@code quality} (random, the {@code hyperopt()}, {@code optuna()} and {@code
 * defaults()} presets on the six problems, next to Hyperopt's and Optuna's results), {@code
 * latency} (suggestion time on sphere10 at 100, 500 and 1,000 trials), {@code parallel} (the
 * default with 4 and 8 simulated workers) or {@code all}. {@code --seeds N} sets the number of
 * seeds (default 30; the reference used 30). A full run takes a few minutes on two cores.
 */
public final class BenchRunner {

  private BenchRunner() {}

  /** Runs the modes named in {@code args}. */
  public static void main(String[] args) {
    String mode = "all";
    int seeds = 30;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--seeds")) {
        seeds = Integer.parseInt(args[++i]);
      } else {
        mode = args[i];
      }
    }
    List<BenchProblem> problems = BenchProblems.all();
    if (mode.equals("quality") || mode.equals("all")) {
      new QualityReport(0, seeds, System.out).run(problems, Contender.standard());
    }
    if (mode.equals("latency") || mode.equals("all")) {
      new LatencyReport(System.out).run(tpeContenders());
    }
    if (mode.equals("parallel") || mode.equals("all")) {
      new ParallelReport(seeds, System.out).run(problems, TpeOptions.defaults());
    }
  }

  private static List<Contender> tpeContenders() {
    return List.of(
        new Contender("Parzen TPE hyperopt()", Algorithms.tpe(TpeOptions.hyperopt())),
        new Contender("Parzen TPE optuna()", Algorithms.tpe(TpeOptions.optuna())),
        new Contender("Parzen TPE defaults()", Algorithms.tpe()));
  }
}
