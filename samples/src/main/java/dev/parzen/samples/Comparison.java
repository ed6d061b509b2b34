package dev.parzen.samples;

import dev.parzen.TuningResult;
import dev.parzen.annotations.Direction;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One score of the tuned model next to the same score of the library's defaults, measured on the
 * same rows: the answer to "was tuning worth it?".
 *
 * @param metric what was measured, e.g. {@code validation log loss}
 * @param better whether smaller ({@link Direction#MINIMIZE}) or larger values are better
 * @param defaults the score with the library's default hyperparameters
 * @param tuned the score with the tuned hyperparameters
 */
public record Comparison(String metric, Direction better, double defaults, double tuned) {

  /** A comparison; {@code metric} and {@code better} are required. */
  public Comparison {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(better, "better");
  }

  /** True when the tuned score is strictly better than the defaults' in the metric's direction. */
  public boolean tunedIsBetter() {
    return better == Direction.MINIMIZE ? tuned < defaults : tuned > defaults;
  }

  /**
   * The tuned score's change relative to the defaults', positive when it is better: 0.25 means the
   * loss is 25% lower (or the score 25% higher). NaN when the defaults scored exactly 0.
   */
  public double relativeImprovement() {
    if (defaults == 0) {
      return Double.NaN;
    }
    double change = (tuned - defaults) / Math.abs(defaults);
    return better == Direction.MINIMIZE ? -change : change;
  }

  /** {@code validation log loss: defaults 0.0981, tuned 0.0642 (34.6% lower, better)}. */
  @Override
  public String toString() {
    return "%s: defaults %s, tuned %s (%s)"
        .formatted(metric, number(defaults), number(tuned), verdict());
  }

  /**
   * A small table of comparisons under {@code title}, one line per metric, for the console.
   *
   * <pre>
   * Tuned vs library defaults, same validation rows:
   *   validation log loss     defaults 0.0981   tuned 0.0642   34.6% lower, better
   * </pre>
   */
  public static String table(String title, List<Comparison> rows) {
    int width = rows.stream().mapToInt(r -> r.metric.length()).max().orElse(0);
    StringBuilder s = new StringBuilder(title).append(System.lineSeparator());
    for (Comparison r : rows) {
      s.append("  ")
          .append(String.format(Locale.ROOT, "%-" + width + "s", r.metric))
          .append(String.format(Locale.ROOT, "   defaults %-9s", number(r.defaults)))
          .append(String.format(Locale.ROOT, "   tuned %-9s", number(r.tuned)))
          .append("   ")
          .append(r.verdict())
          .append(System.lineSeparator());
    }
    return s.toString();
  }

  /**
   * The title of a comparison table: {@code Tuned (trial #55, the best of 106) vs XGBoost's
   * defaults, on the same 142 validation rows:}. Counts the trials that finished (succeeded or
   * failed), not those cancelled when the tuning stopped.
   *
   * @param result the tuning, with at least one successful trial
   * @param baseline what the tuned model is compared with
   * @param rows what both were scored on
   */
  public static String heading(TuningResult<?> result, String baseline, String rows) {
    long finished = result.trials().stream().filter(t -> t.status().finished()).count();
    return "Tuned (trial #%d, the best of %d) vs %s, on the same %s:"
        .formatted(result.best().number(), finished, baseline, rows);
  }

  private String verdict() {
    if (tuned == defaults) {
      return "the same";
    }
    String side = tunedIsBetter() ? "better" : "worse";
    double change = Math.abs((tuned - defaults) / defaults);
    if (defaults == 0 || !Double.isFinite(change)) {
      return side;
    }
    String way = tuned < defaults ? "lower" : "higher";
    return String.format(Locale.ROOT, "%.1f%% %s, %s", 100 * change, way, side);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
