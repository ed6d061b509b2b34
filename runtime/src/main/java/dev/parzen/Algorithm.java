package dev.parzen;

import java.util.List;

/**
 * A search strategy: given the space and what happened so far, suggests the next point.
 *
 * <p>Implementations are pure: the same space, history and seed give the same suggestion, which is
 * what makes seeded runs reproducible. They are thread-safe and keep no state between calls.
 */
public interface Algorithm {

  /**
   * The next point to evaluate.
   *
   * @param space the space to search
   * @param history every trial so far in trial-number order: finished ones (OK, FAILED, TIMED_OUT)
   *     and pending ones (RUNNING); never {@code null}
   * @param seed the seed for this suggestion's randomness
   * @return an assignment of every active parameter of {@code space}
   */
  Assignment suggest(Space<?> space, List<Observation> history, long seed);

  /** A short name for journals and reports, e.g. {@code "tpe"}. */
  String name();
}
