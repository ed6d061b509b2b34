package dev.parzen.tpe.internal;

import dev.parzen.Dimension;
import dev.parzen.internal.Grid;
import dev.parzen.tpe.TpeOptions;

/**
 * A numeric parameter in model space ({@code ln x} for log kinds), with the domain its kernels are
 * truncated to and, for quantised kinds, the bins its values stand for.
 *
 * <p>Candidates of continuous kinds are scored at their model coordinate; candidates of quantised
 * kinds are snapped to the grid first and scored by the mass of their bin, so their coordinate is
 * the snapped value in real units.
 *
 * @param dimension the parameter
 * @param low the lower end of the model-space domain; {@code -∞} when unbounded
 * @param high the upper end of the model-space domain; {@code +∞} when unbounded
 * @param priorMu the centre of the prior kernel (model space)
 * @param range the width of the prior kernel, which is also the scale of the bandwidth rules
 * @param clipBins whether the end bins reach to {@code min} and {@code max}, as the draws that snap
 *     to the end values do (else the domain was widened by half a bin)
 */
record NumericAxis(
    Dimension.Numeric dimension,
    double low,
    double high,
    double priorMu,
    double range,
    boolean clipBins)
    implements Axis {

  /** Hyperopt's floor for logarithms of zero. */
  static final double EPS = 1e-12;

  /** The axis of {@code d}. */
  static NumericAxis of(Dimension.Numeric d, TpeOptions.Discrete discrete) {
    boolean widen = d.q() > 0 && d.bounded() && discrete == TpeOptions.Discrete.WIDENED_DOMAIN;
    if (!d.bounded()) {
      return new NumericAxis(
          d, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, d.priorMu(), d.priorSigma(), true);
    }
    double lo = d.lower();
    double hi = d.upper();
    if (widen) {
      lo = Grid.multiple(Grid.firstIndex(lo, d.q()), d.q()) - d.q() / 2;
      hi = Grid.multiple(Grid.lastIndex(hi, d.q()), d.q()) + d.q() / 2;
    }
    double a = d.log() ? Math.log(lo) : lo;
    double b = d.log() ? Math.log(hi) : hi;
    return new NumericAxis(d, a, b, (a + b) / 2, b - a, !widen);
  }

  /** True for quantised kinds, scored by bin mass. */
  boolean discrete() {
    return dimension.q() > 0;
  }

  /** True when the domain has finite bounds. */
  boolean bounded() {
    return dimension.bounded();
  }

  @Override
  public double model(Object value) {
    if (!(value instanceof Number number)) {
      return Double.NaN;
    }
    double x = number.doubleValue();
    double slack = 1e-9 * Math.max(1, Math.abs(x));
    if (!(x >= dimension.lower() - slack && x <= dimension.upper() + slack)) {
      return Double.NaN;
    }
    return dimension.log() ? Math.log(Math.max(x, Math.max(EPS, dimension.lower()))) : x;
  }

  /** The coordinate of a draw {@code d} from a kernel (model space). */
  double coordinate(double d) {
    if (!discrete()) {
      return Math.min(high, Math.max(low, d));
    }
    double real = dimension.log() ? Math.exp(d) : d;
    return Grid.snap(real, dimension.q(), dimension.lower(), dimension.upper());
  }

  @Override
  public Object value(double coordinate) {
    if (discrete()) {
      return dimension.value(coordinate);
    }
    return dimension.value(dimension.log() ? Math.exp(coordinate) : coordinate);
  }

  /** The lower edge, in model space, of the bin of a quantised coordinate. */
  double binLow(double coordinate) {
    double q = dimension.q();
    double edge = coordinate - q / 2;
    if (clipBins && coordinate - q < dimension.lower() - 1e-9 * q) {
      edge = dimension.lower(); // the first grid point takes every draw below it
    }
    return dimension.log() ? Math.log(Math.max(edge, 0)) : edge;
  }

  /** The upper edge, in model space, of the bin of a quantised coordinate. */
  double binHigh(double coordinate) {
    double q = dimension.q();
    double edge = coordinate + q / 2;
    if (clipBins && coordinate + q > dimension.upper() + 1e-9 * q) {
      edge = dimension.upper(); // the last grid point takes every draw above it
    }
    return dimension.log() ? Math.log(edge) : edge;
  }
}
