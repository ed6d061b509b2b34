package dev.parzen.diagnostics;

import dev.parzen.Diagnostic;
import dev.parzen.Dimension;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import dev.parzen.Trials;
import dev.parzen.space.FlatSpace;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds where failures gather: the lowest or highest quarter of a numeric parameter's values, or
 * one option of a categorical one, failing much more often than the rest.
 */
final class FailureRegions implements Rule {

  /**
   * Fisher's exact test must find the concentration this unlikely by chance, shared among the
   * regions tested for one parameter (both ends of a numeric one)…
   */
  static final double MAX_P = 0.01;

  /** …the region must fail at least this often… */
  static final double MIN_RATE = 0.5;

  /** …and this many times as often as the rest. */
  static final double MIN_RATIO = 2;

  @Override
  public <T> List<Diagnostic> findings(FlatSpace space, Trials<T> trials) {
    List<Trial<T>> finished = trials.stream().filter(t -> t.status().finished()).toList();
    List<Diagnostic> out = new ArrayList<>();
    for (FlatSpace.Param p : space.params()) {
      Column<T> column = Column.of(p, finished);
      if (column.size() < MIN_TRIALS || failures(column.trials()) == 0) {
        continue;
      }
      if (column.ordered()) {
        numeric(column).ifPresent(out::add);
      } else if (column.categorical()) {
        categorical(column).ifPresent(out::add);
      }
    }
    return out;
  }

  /** Trials split into a region and the rest, with the counts the test and the message need. */
  private record Region(
      String description, List<? extends Trial<?>> inside, int allFailures, int total) {

    int insideFailures() {
      return FailureRegions.failures(inside);
    }

    double rate() {
      return (double) insideFailures() / inside.size();
    }

    int restFailures() {
      return allFailures - insideFailures();
    }

    int restSize() {
      return total - inside.size();
    }

    double restRate() {
      return (double) restFailures() / restSize();
    }

    double p() {
      return Stats.fisherGreater(insideFailures(), inside.size(), allFailures, total);
    }

    boolean significant(double maxP) {
      return restSize() > 0
          && rate() >= MIN_RATE
          && rate() >= MIN_RATIO * restRate()
          && p() <= maxP;
    }
  }

  private static <T> Optional<Diagnostic> numeric(Column<T> column) {
    Dimension.Numeric d = (Dimension.Numeric) column.param().dimension();
    double[] sorted = column.numbers().clone();
    Arrays.sort(sorted);
    int quarter = Math.max(1, (int) Math.ceil(sorted.length / 4.0));
    // Regions are bounded by value, so that trials tied at the edge fall on one side.
    double lowEdge = sorted[quarter - 1];
    double highEdge = sorted[sorted.length - quarter];
    Region low =
        region(column, "%s ≤ %s".formatted(d.label(), Format.value(d, lowEdge)), v -> v <= lowEdge);
    Region high =
        region(
            column, "%s ≥ %s".formatted(d.label(), Format.value(d, highEdge)), v -> v >= highEdge);
    return strongest(List.of(low, high))
        .map(
            r ->
                r == low
                    ? finding(column, r, "raise min above " + Format.value(d, lowEdge))
                    : finding(column, r, "lower max below " + Format.value(d, highEdge)));
  }

  private static Region region(Column<?> column, String description, DoublePredicate inside) {
    double[] values = column.numbers();
    List<? extends Trial<?>> trials =
        IntStream.range(0, values.length)
            .filter(i -> inside.test(values[i]))
            .mapToObj(column.trials()::get)
            .toList();
    return new Region(description, trials, failures(column.trials()), values.length);
  }

  private static <T> Optional<Diagnostic> categorical(Column<T> column) {
    int failures = failures(column.trials());
    Map<Object, List<Trial<T>>> byOption =
        column.trials().stream()
            .collect(Collectors.groupingBy(t -> t.assignment().get(column.label())));
    List<Region> regions =
        byOption.entrySet().stream()
            .filter(e -> 2 * failures(e.getValue()) > failures)
            .map(
                e ->
                    new Region(
                        "%s = %s".formatted(column.label(), e.getKey()),
                        e.getValue(),
                        failures,
                        column.size()))
            .toList();
    return strongest(regions)
        .map(r -> finding(column, r, "fix what makes it fail, or drop it from the options"));
  }

  private static Optional<Region> strongest(List<Region> regions) {
    double maxP = MAX_P / Math.max(1, regions.size());
    return regions.stream()
        .filter(r -> r.significant(maxP))
        .min(Comparator.comparingDouble(Region::p));
  }

  private static Diagnostic finding(Column<?> column, Region r, String action) {
    String message =
        ("%s: %d of %d trials with %s failed (%s, vs %s elsewhere: %d of %d)%s; %s")
            .formatted(
                column.label(),
                r.insideFailures(),
                r.inside().size(),
                r.description(),
                Format.percent(r.rate()),
                Format.percent(r.restRate()),
                r.restFailures(),
                r.restSize(),
                commonCause(r.inside()).map(c -> "; most often: " + c).orElse(""),
                action);
    return new Diagnostic(Diagnostic.Kind.FAILURE_REGION, column.label(), message);
  }

  /** The most frequent failure summary, the first place to look for the cause. */
  private static Optional<String> commonCause(List<? extends Trial<?>> trials) {
    return trials.stream()
        .filter(t -> isFailure(t))
        .map(t -> t.error().map(TrialError::summary).orElse(t.status().toString()))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
        .entrySet()
        .stream()
        .max(
            Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }

  private static int failures(List<? extends Trial<?>> trials) {
    return (int) trials.stream().filter(FailureRegions::isFailure).count();
  }

  private static boolean isFailure(Trial<?> t) {
    return t.status() == TrialStatus.FAILED || t.status() == TrialStatus.TIMED_OUT;
  }
}
