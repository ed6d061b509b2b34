package dev.parzen.diagnostics;

import dev.parzen.Diagnostic;
import dev.parzen.Dimension;
import dev.parzen.Durations;
import dev.parzen.Trial;
import dev.parzen.Trials;
import dev.parzen.space.FlatSpace;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Finds parameters whose values make trials slow: a numeric range whose rank correlation with the
 * duration is strong, or a category much slower than the others.
 */
final class SlowRegions implements Rule {

  /** A numeric finding needs |ρ| at least this strong… */
  static final double MIN_RHO = 0.6;

  /**
   * …and this unlikely without a real association, so that few trials need a stronger ρ (0.89 for
   * ten trials, 0.68 for twenty): durations are noisy, and a slow region worth acting on is strong.
   */
  static final double MAX_P = 0.001;

  /** The slow quartile must take this many times as long as the rest… */
  static final double MIN_FACTOR = 2;

  /** …and a category this many times as long as the others. */
  static final double MIN_CATEGORY_FACTOR = 3;

  /** A category needs this many trials to be judged. */
  static final int MIN_CATEGORY_TRIALS = 3;

  /** Differences under a second are noise of timing and warm-up, and never worth a change. */
  static final double MIN_SECONDS_SAVED = 1;

  @Override
  public <T> List<Diagnostic> findings(FlatSpace space, Trials<T> trials) {
    List<Trial<T>> finished = trials.stream().filter(t -> t.status().finished()).toList();
    Optional<Trial<T>> best = trials.best();
    List<Diagnostic> out = new ArrayList<>();
    for (FlatSpace.Param p : space.params()) {
      Column<T> column = Column.of(p, finished);
      if (column.size() < MIN_TRIALS) {
        continue;
      }
      if (column.ordered()) {
        numeric(column, best).ifPresent(out::add);
      } else if (column.categorical()) {
        categorical(column, best).ifPresent(out::add);
      }
    }
    return out;
  }

  private static <T> Optional<Diagnostic> numeric(Column<T> column, Optional<Trial<T>> best) {
    double[] values = column.numbers();
    double[] seconds = column.seconds();
    Stats.Correlation c = Stats.spearman(values, seconds);
    if (Math.abs(c.rho()) < MIN_RHO || c.p() > MAX_P) {
      return Optional.empty();
    }
    Quartile slow = Quartile.slowest(values, seconds);
    // Written so that a NaN rest (every trial tied in the quartile) says nothing.
    boolean worthIt =
        slow.median() >= MIN_FACTOR * slow.rest()
            && slow.median() - slow.rest() >= MIN_SECONDS_SAVED;
    if (!worthIt) {
      return Optional.empty();
    }
    boolean bestInside =
        best.filter(b -> b.assignment().has(column.label()))
            .map(b -> ((Number) b.assignment().get(column.label())).doubleValue())
            .filter(v -> v >= slow.lo() && v <= slow.hi())
            .isPresent();
    Dimension.Numeric d = (Dimension.Numeric) column.param().dimension();
    String message =
        ("%s: trials with %s take %s as long as the others (median %s vs %s; rank correlation"
                + " with duration %.2f over %d trials); %s")
            .formatted(
                column.label(),
                slow.describe(d),
                Format.factor(slow.median() / slow.rest()),
                time(slow.median()),
                time(slow.rest()),
                c.rho(),
                values.length,
                bestInside
                    ? "the best trial is among them, so the time pays off: budget for it"
                    : "the best trial is not: narrow the range to save time");
    return Optional.of(new Diagnostic(Diagnostic.Kind.SLOW_REGION, column.label(), message));
  }

  /**
   * The quarter of the trials, by value, with the highest median duration.
   *
   * @param lo its smallest value
   * @param hi its largest value
   * @param lowest true when it is the lowest quarter
   * @param highest true when it is the highest quarter
   * @param median its median duration in seconds
   * @param rest the median duration of the other trials
   */
  private record Quartile(
      double lo, double hi, boolean lowest, boolean highest, double median, double rest) {

    static Quartile slowest(double[] values, double[] seconds) {
      int[] order =
          IntStream.range(0, values.length)
              .boxed()
              .sorted(Comparator.comparingDouble(i -> values[i]))
              .mapToInt(Integer::intValue)
              .toArray();
      int n = order.length;
      int slowest = 0;
      double[] medians = new double[4];
      for (int q = 0; q < 4; q++) {
        medians[q] = Stats.median(times(order, seconds, q * n / 4, (q + 1) * n / 4));
        slowest = medians[q] > medians[slowest] ? q : slowest;
      }
      // The quartile is then taken by value, so that trials tied at its edges fall on one side.
      double lo = values[order[slowest * n / 4]];
      double hi = values[order[(slowest + 1) * n / 4 - 1]];
      double[] inside =
          IntStream.range(0, n)
              .filter(i -> values[i] >= lo && values[i] <= hi)
              .mapToDouble(i -> seconds[i])
              .toArray();
      double[] rest =
          IntStream.range(0, n)
              .filter(i -> values[i] < lo || values[i] > hi)
              .mapToDouble(i -> seconds[i])
              .toArray();
      return new Quartile(
          lo, hi, slowest == 0, slowest == 3, Stats.median(inside), Stats.median(rest));
    }

    private static double[] times(int[] order, double[] seconds, int from, int to) {
      return Arrays.stream(order, from, to).mapToDouble(i -> seconds[i]).toArray();
    }

    String describe(Dimension.Numeric d) {
      String name = d.label();
      if (highest) {
        return "%s ≥ %s".formatted(name, Format.value(d, lo));
      }
      if (lowest) {
        return "%s ≤ %s".formatted(name, Format.value(d, hi));
      }
      return "%s in [%s, %s]".formatted(name, Format.value(d, lo), Format.value(d, hi));
    }
  }

  private static <T> Optional<Diagnostic> categorical(Column<T> column, Optional<Trial<T>> best) {
    double[] seconds = column.seconds();
    Optional<Split> slowest =
        IntStream.range(0, column.size())
            .mapToObj(column::value)
            .distinct()
            .map(option -> Split.of(column, option, seconds))
            .filter(Split::judged)
            .filter(s -> s.factor() >= MIN_CATEGORY_FACTOR)
            .filter(s -> s.inside() - s.others() >= MIN_SECONDS_SAVED)
            .max(Comparator.comparingDouble(Split::factor));
    return slowest.map(s -> categoryFinding(column, s, best));
  }

  private static <T> Diagnostic categoryFinding(
      Column<T> column, Split s, Optional<Trial<T>> best) {
    String label = column.label();
    boolean bestUsesIt =
        best.filter(b -> b.assignment().has(label))
            .filter(b -> b.assignment().get(label).equals(s.option()))
            .isPresent();
    String message =
        ("%s: trials with %s = %s take %s as long as the others (median %s vs %s over %d and %d"
                + " trials); %s")
            .formatted(
                label,
                label,
                s.option(),
                Format.factor(s.factor()),
                time(s.inside()),
                time(s.others()),
                s.count(),
                column.size() - s.count(),
                bestUsesIt
                    ? "the best trial uses it, so the time pays off: budget for it"
                    : "the best trial does not: drop it from the options to save time");
    return new Diagnostic(Diagnostic.Kind.SLOW_REGION, label, message);
  }

  /** The median times of the trials with one option and of the others. */
  private record Split(Object option, int count, int total, double inside, double others) {

    static Split of(Column<?> column, Object option, double[] seconds) {
      boolean[] in = new boolean[column.size()];
      for (int i = 0; i < in.length; i++) {
        in[i] = column.value(i).equals(option);
      }
      double[] inside =
          IntStream.range(0, in.length).filter(i -> in[i]).mapToDouble(i -> seconds[i]).toArray();
      double[] others =
          IntStream.range(0, in.length).filter(i -> !in[i]).mapToDouble(i -> seconds[i]).toArray();
      return new Split(
          option, inside.length, in.length, Stats.median(inside), Stats.median(others));
    }

    boolean judged() {
      return count >= MIN_CATEGORY_TRIALS && total - count >= MIN_CATEGORY_TRIALS;
    }

    double factor() {
      return inside / others;
    }
  }

  private static String time(double seconds) {
    return Durations.format(Duration.ofNanos(Math.round(seconds * 1e9)));
  }
}
