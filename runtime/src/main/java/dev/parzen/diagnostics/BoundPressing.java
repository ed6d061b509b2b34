package dev.parzen.diagnostics;

import dev.parzen.Diagnostic;
import dev.parzen.Dimension;
import dev.parzen.Trial;
import dev.parzen.Trials;
import dev.parzen.space.FlatSpace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Finds bounded numeric parameters whose best trials sit at one end of the range, where the optimum
 * probably lies beyond it.
 */
final class BoundPressing implements Rule {

  /** "At a bound" means within this fraction of the range, in the dimension's model scale. */
  static final double BAND = 0.05;

  /** The best trials are this fraction of the successful ones, and at least {@link #MIN_BEST}. */
  static final double BEST_FRACTION = 0.10;

  static final int MIN_BEST = 3;

  /**
   * A finding needs the best trial at the bound, at least half of the best trials there, and that
   * many there must be less likely than this if the best trials were drawn from the prior: it keeps
   * coarse grids (three depths) and parameters without effect from raising alarms.
   */
  static final double CHANCE = 0.01;

  @Override
  public <T> List<Diagnostic> findings(FlatSpace space, Trials<T> trials) {
    List<Trial<T>> ok = trials.ok();
    List<Diagnostic> out = new ArrayList<>();
    for (FlatSpace.Param p : space.params()) {
      if (p.dimension() instanceof Dimension.Numeric d
          && d.bounded()
          && !(d instanceof Dimension.RandInt)) {
        Column<T> column = Column.of(p, ok);
        if (column.size() >= MIN_TRIALS) {
          List<Trial<T>> best =
              column.trials().stream().sorted(Trials.ranking(trials.direction())).toList();
          int k = Math.max(MIN_BEST, (int) Math.ceil(BEST_FRACTION * best.size()));
          inspect(d, best.subList(0, k)).ifPresent(out::add);
        }
      }
    }
    return out;
  }

  private static Optional<Diagnostic> inspect(Dimension.Numeric d, List<? extends Trial<?>> best) {
    double[] positions =
        best.stream()
            .mapToDouble(t -> position(d, ((Number) t.assignment().get(d.label())).doubleValue()))
            .toArray();
    for (boolean upper : new boolean[] {true, false}) {
      int near = 0;
      for (double pos : positions) {
        near += (upper ? pos >= 1 - BAND : pos <= BAND) ? 1 : 0;
      }
      boolean bestNear = upper ? positions[0] >= 1 - BAND : positions[0] <= BAND;
      if (bestNear && 2 * near >= positions.length && unlikely(d, upper, near, positions.length)) {
        double bestValue = ((Number) best.get(0).assignment().get(d.label())).doubleValue();
        return Optional.of(diagnostic(d, upper, near, positions.length, bestValue));
      }
    }
    return Optional.empty();
  }

  /** Where {@code v} sits between the bounds, 0 to 1, in the model scale. */
  private static double position(Dimension.Numeric d, double v) {
    return (scale(d, v) - scale(d, d.lower())) / (scale(d, d.upper()) - scale(d, d.lower()));
  }

  private static double scale(Dimension.Numeric d, double v) {
    return d.log() ? Math.log(v) : v;
  }

  private static boolean unlikely(Dimension.Numeric d, boolean upper, int near, int k) {
    double endCell =
        d.q() > 0
            ? upper ? 1 - position(d, d.upper() - d.q() / 2) : position(d, d.lower() + d.q() / 2)
            : 0;
    double chance = Math.min(1, BAND + endCell);
    return BinomialDistribution.of(k, chance).survivalProbability(near - 1) <= CHANCE;
  }

  private static Diagnostic diagnostic(
      Dimension.Numeric d, boolean upper, int near, int k, double bestValue) {
    String bound = (upper ? "max = " : "min = ") + Format.value(d, upper ? d.upper() : d.lower());
    String evidence =
        "best %s; %d of the %d best trials lie within 5 %% of it%s"
            .formatted(Format.value(d, bestValue), near, k, d.log() ? " on a log scale" : "");
    WiderBound wider = WiderBound.of(d, upper);
    String message =
        wider.natural()
            ? "%s: the best values press against %s, %s (%s); the optimum may be the limit itself:"
                    .formatted(d.label(), bound, wider.limit(), evidence)
                + " consider fixing %s there and tuning the rest".formatted(d.label())
            : "%s: the best values press against %s (%s); widen it (e.g. to %s)"
                .formatted(d.label(), bound, evidence, Format.value(d, wider.value()));
    return new Diagnostic(Diagnostic.Kind.BOUND_PRESSING, d.label(), message);
  }
}
