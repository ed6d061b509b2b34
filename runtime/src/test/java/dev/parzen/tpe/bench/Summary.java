package dev.parzen.tpe.bench;

/**
 * Best-so-far losses over seeds at one checkpoint.
 *
 * @param median the median best loss
 * @param q25 the first quartile
 * @param q75 the third quartile
 * @param success the fraction of seeds that met the problem's target
 */
public record Summary(double median, double q25, double q75, double success) {

  /** The summary of {@code values} (one per seed) against {@code target}. */
  public static Summary of(double[] values, double target) {
    return new Summary(
        Stats.median(values),
        Stats.quantile(values, 0.25),
        Stats.quantile(values, 0.75),
        Stats.successRate(values, target));
  }

  /** {@code median [q25, q75]} in four significant digits. */
  public String cell() {
    return "%s [%s, %s]".formatted(Stats.format(median), Stats.format(q25), Stats.format(q75));
  }
}
