package dev.parzen.diagnostics;

import dev.parzen.Diagnostic;
import dev.parzen.Trial;
import dev.parzen.Trials;
import dev.parzen.annotations.Direction;
import dev.parzen.space.FlatSpace;
import java.util.List;

/** Tells whether the best result was still improving at the end, where more trials may pay off. */
final class Convergence implements Rule {

  /**
   * An improvement in the last quarter counts when it is at least this fraction of the distance
   * from the median successful result to the best: the small steps random search keeps making on a
   * converged problem stay below it, a search still descending does not.
   */
  static final double MIN_GAIN = 0.10;

  @Override
  public <T> List<Diagnostic> findings(FlatSpace space, Trials<T> trials) {
    List<Trial<T>> finished = trials.stream().filter(t -> t.status().finished()).toList();
    List<Trial<T>> ok = trials.ok();
    if (ok.size() < MIN_TRIALS) {
      return List.of();
    }
    int cut = finished.get(finished.size() * 3 / 4).number();
    double sign = trials.direction() == Direction.MAXIMIZE ? -1 : 1;
    double before = best(ok.stream().filter(t -> t.number() < cut).toList(), sign);
    double end = best(ok, sign);
    double median = Stats.median(ok.stream().mapToDouble(t -> sign * t.loss()).toArray());
    double gain = before - end;
    if (Double.isNaN(before) || gain <= 0 || gain < MIN_GAIN * (median - end)) {
      return List.of();
    }
    String message =
        ("still improving in the last quarter, trials #%d to #%d (best went from %s to %s): more"
                + " trials may pay off; raise maxEvals (e.g. to %d) or resume the run")
            .formatted(
                cut,
                finished.get(finished.size() - 1).number(),
                Format.number(sign * before),
                Format.number(sign * end),
                2 * finished.size());
    return List.of(new Diagnostic(Diagnostic.Kind.STILL_IMPROVING, null, message));
  }

  /** The best of {@code trials} with losses multiplied by {@code sign}; NaN for none. */
  private static double best(List<? extends Trial<?>> trials, double sign) {
    return trials.stream().mapToDouble(t -> sign * t.loss()).min().orElse(Double.NaN);
  }
}
