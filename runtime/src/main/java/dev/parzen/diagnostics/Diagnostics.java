package dev.parzen.diagnostics;

import dev.parzen.Diagnostic;
import dev.parzen.Space;
import dev.parzen.Trials;
import dev.parzen.space.FlatSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Looks at a finished tuning and says in words what the best-practice guide asks users to check.
 */
public final class Diagnostics {

  private Diagnostics() {}

  /** Every finding about {@code trials} of {@code space}; empty for a clean run. */
  public static List<Diagnostic> inspect(Space<?> space, Trials<?> trials) {
    return List.of();
  }

  /**
   * Warnings about the parallelism: above a tenth of the budget, adaptive search degrades towards
   * random search; above four times the number of parameters, extra parallel trials add little.
   */
  public static List<Diagnostic> parallelism(Space<?> space, int parallelism, int maxEvals) {
    List<Diagnostic> out = new ArrayList<>();
    if (parallelism <= 1) {
      return out;
    }
    if (parallelism > maxEvals / 10.0) {
      out.add(
          new Diagnostic(
              Diagnostic.Kind.PARALLELISM,
              null,
              ("parallelism %d is more than a tenth of maxEvals %d: most trials are suggested"
                      + " before results come back, close to random search; raise maxEvals to"
                      + " at least %d or lower parallelism to %d")
                  .formatted(parallelism, maxEvals, parallelism * 10, Math.max(1, maxEvals / 10))));
    }
    int params = FlatSpace.of(space).size();
    if (parallelism > 4 * params) {
      out.add(
          new Diagnostic(
              Diagnostic.Kind.PARALLELISM,
              null,
              ("parallelism %d is more than 4 × the %d parameter(s): extra parallel trials add"
                      + " little; use at most %d")
                  .formatted(parallelism, params, 4 * params)));
    }
    return out;
  }
}
