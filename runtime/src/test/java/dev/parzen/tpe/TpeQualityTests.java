package dev.parzen.tpe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Algorithm;
import dev.parzen.Algorithms;
import dev.parzen.tpe.bench.BenchProblem;
import dev.parzen.tpe.bench.BenchProblems;
import dev.parzen.tpe.bench.Runs;
import dev.parzen.tpe.bench.Stats;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** TPE with its default options beats random search on every benchmark problem. */
class TpeQualityTests {

  private static final int SEEDS = 20;

  static Stream<BenchProblem> problems() {
    return BenchProblems.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("problems")
  void defaultTpeBeatsRandomSearchOnMedianBestLoss(BenchProblem problem) {
    assertThat(medianBest(Algorithms.tpe(), problem))
        .isLessThan(medianBest(Algorithms.random(), problem));
  }

  private static double medianBest(Algorithm algorithm, BenchProblem problem) {
    double[] best = new double[SEEDS];
    for (int seed = 0; seed < SEEDS; seed++) {
      double[] trace = Runs.serial(algorithm, problem, seed);
      best[seed] = trace[trace.length - 1];
    }
    return Stats.median(best);
  }
}
