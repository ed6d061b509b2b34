package dev.parzen.tpe.internal;

/**
 * The candidates drawn from l(x) for one group of parameters: per parameter, one coordinate per
 * candidate (see {@link NumericAxis} and {@link CategoricalAxis} for what a coordinate is).
 */
final class Candidates {

  private final double[][] coordinates;

  /** Room for {@code count} candidates of {@code dimensions} parameters. */
  Candidates(int dimensions, int count) {
    this.coordinates = new double[dimensions][count];
  }

  /** The number of candidates. */
  int count() {
    return coordinates[0].length;
  }

  /** The coordinates of parameter {@code d} (mutable: estimators fill it when sampling). */
  double[] of(int d) {
    return coordinates[d];
  }
}
