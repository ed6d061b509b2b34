package dev.parzen.tpe.bench;

import dev.parzen.Assignment;
import dev.parzen.Space;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One benchmark problem of {@code bench/problems.json}: a space, an objective to minimise, a budget
 * and the checkpoints at which best-so-far is reported.
 *
 * @param name the problem's name, e.g. {@code "branin"}
 * @param space the search space, in real units
 * @param objective the loss of a point
 * @param budget the number of evaluations per run
 * @param checkpoints evaluation counts at which best-so-far is reported (25, 50, 100 %)
 * @param target a run succeeds when its best is at most this
 * @param testVectors points with their expected loss
 */
public record BenchProblem(
    String name,
    Space<Assignment> space,
    ToDoubleFunction<Assignment> objective,
    int budget,
    int[] checkpoints,
    double target,
    List<TestVector> testVectors) {

  /**
   * A point and its expected loss.
   *
   * @param point the parameters
   * @param loss the objective's value there, as the reference implementation computed it
   */
  public record TestVector(Assignment point, double loss) {}

  /** The loss of {@code point}. */
  public double evaluate(Assignment point) {
    return objective.applyAsDouble(point);
  }
}
