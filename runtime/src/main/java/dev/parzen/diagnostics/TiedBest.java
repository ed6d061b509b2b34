package dev.parzen.diagnostics;

import dev.parzen.Diagnostic;
import dev.parzen.Trial;
import dev.parzen.Trials;
import dev.parzen.annotations.Direction;
import dev.parzen.space.FlatSpace;
import java.util.List;
import java.util.Optional;

/**
 * Says when other trials cannot be told apart from the best, and how the best was picked among
 * them, so nobody reads meaning into a difference smaller than the noise.
 */
final class TiedBest implements Rule {

  /** How many tied trial numbers a message lists before it only counts the rest. */
  static final int LISTED = 5;

  @Override
  public <T> List<Diagnostic> findings(FlatSpace space, Trials<T> trials) {
    Optional<Trial<T>> found = trials.best();
    if (found.isEmpty() || trials.ok().size() < MIN_TRIALS) {
      return List.of();
    }
    Trial<T> best = found.get();
    double sd = Math.sqrt(best.variance());
    boolean noisy = sd > 0;
    List<Trial<T>> tied =
        trials.ok().stream()
            .filter(t -> t != best)
            .filter(t -> noisy ? Math.abs(t.loss() - best.loss()) <= sd : t.loss() == best.loss())
            .toList();
    if (tied.isEmpty()) {
      return List.of();
    }
    String numbers = Format.trialNumbers(tied.stream().map(Trial::number).toList(), LISTED);
    int n = tied.size();
    String what =
        noisy
            ? "%s within one standard deviation (%s) of the best %s (#%d): %s"
                .formatted(
                    n == 1 ? "1 other trial is" : n + " other trials are",
                    Format.number(sd),
                    Format.number(best.loss()),
                    best.number(),
                    numbers)
            : "%s exactly with the best %s (#%d): %s"
                .formatted(
                    n == 1 ? "1 other trial ties" : n + " other trials tie",
                    Format.number(best.loss()),
                    best.number(),
                    numbers);
    String message =
        "%s; #%d was chosen because %s; to separate them, evaluate them again on more folds or data"
            .formatted(what, best.number(), reason(best, tied, trials.direction()));
    return List.of(new Diagnostic(Diagnostic.Kind.TIED_BEST, null, message));
  }

  /** Why {@link Trials#best()} picked {@code best}, following its order. */
  private static String reason(Trial<?> best, List<? extends Trial<?>> tied, Direction direction) {
    List<? extends Trial<?>> exact = tied.stream().filter(t -> t.loss() == best.loss()).toList();
    if (exact.isEmpty()) {
      return direction == Direction.MAXIMIZE ? "it has the highest mean" : "it has the lowest mean";
    }
    double variance = variance(best);
    if (exact.stream().allMatch(t -> variance(t) > variance)) {
      return "it ties on the mean and has the smallest variance";
    }
    return "it ties on the mean and the variance and ran first";
  }

  /** The variance as the ranking reads it: unknown counts as 0. */
  private static double variance(Trial<?> t) {
    return Double.isNaN(t.variance()) ? 0 : t.variance();
  }
}
