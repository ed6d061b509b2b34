package dev.parzen.tpe;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.Space;
import dev.parzen.TrialStatus;
import dev.parzen.tpe.bench.BenchProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Spaces and histories shared by the TPE tests. */
final class Histories {

  private Histories() {}

  /** A space with every kind of dimension, a nested conditional branch included. */
  static Space<Assignment> everyKind() {
    Map<String, Space<?>> nested = new LinkedHashMap<>();
    nested.put("p", Space.builder().uniform("p_x", -1, 1).build());
    nested.put("q", Space.builder().randint("q_seed", 0, 5).build());
    Map<String, Space<?>> branches = new LinkedHashMap<>();
    branches.put(
        "left", Space.builder().uniform("l_x", 0, 1).choice("l_flag", true, false).build());
    branches.put(
        "right",
        Space.builder()
            .loguniform("r_lr", 1e-4, 1)
            .quniformInt("r_n", 1, 5, 1)
            .branches("nested", nested)
            .build());
    return Space.builder()
        .uniform("u", -2, 3)
        .quniform("qu", 0.5, 9.5, 0.5)
        .quniformInt("qi", 2, 12, 2)
        .loguniform("lu", 1e-5, 10)
        .qloguniform("qlu", 1, 1000, 5)
        .qloguniformInt("qli", 1, 1024, 1)
        .normal("n", 0, 2)
        .qnormal("qn", 1, 3, 0.25)
        .lognormal("ln", 0, 1)
        .qlognormal("qln", 1, 1, 1)
        .randint("r", -3, 4)
        .choice("c", "x", "y", "z")
        .weightedChoice("wc", List.of(1, 2, 3), 0.2, 0.3, 0.5)
        .branches("b", branches)
        .build();
  }

  /**
   * {@code size} random points of {@code space} as a history: losses from {@code loss}; every
   * seventh trial FAILED, every eleventh TIMED_OUT.
   */
  static List<Observation> random(
      Space<?> space, int size, long seed, ToDoubleFunction<Assignment> loss) {
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Assignment a = Algorithms.random().suggest(space, history, seed * 1000 + i);
      TrialStatus status =
          i % 7 == 6 ? TrialStatus.FAILED : i % 11 == 10 ? TrialStatus.TIMED_OUT : TrialStatus.OK;
      double value = status == TrialStatus.OK ? loss.applyAsDouble(a) : Double.NaN;
      history.add(new Observation(i, a, status, value));
    }
    return history;
  }

  /** A loss that depends on every active parameter, for spaces of any shape. */
  static double pseudoLoss(Assignment a) {
    return (a.hashCode() & 0xFFFF) / 65535.0;
  }

  /** The history of a serial run of {@code tpe} on {@code problem}. */
  static List<Observation> run(BenchProblem problem, TpeOptions options, int size, long seed) {
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      Assignment a = Algorithms.tpe(options).suggest(problem.space(), history, seed + i);
      history.add(new Observation(i, a, TrialStatus.OK, problem.evaluate(a)));
    }
    return history;
  }
}
