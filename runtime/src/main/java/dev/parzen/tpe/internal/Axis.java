package dev.parzen.tpe.internal;

import dev.parzen.Dimension;
import dev.parzen.tpe.TpeOptions;

/**
 * One parameter as the estimators see it: a numeric coordinate in model space or a category index.
 * Keeps the unit conversions (log, quantisation, option lookup) out of the estimators.
 */
sealed interface Axis permits NumericAxis, CategoricalAxis {

  /**
   * The model value of an observed parameter value: the model-space coordinate of a numeric kind
   * (its log for log kinds) or the index of a category; {@code NaN} when the value does not fit.
   */
  double model(Object value);

  /** The assignment value for a candidate's coordinate. */
  Object value(double coordinate);

  /** The axis of {@code d} under the given kernel shape. */
  static Axis of(Dimension d, TpeOptions.Kernels kernels) {
    if (d instanceof Dimension.Numeric n && !(d instanceof Dimension.RandInt)) {
      return NumericAxis.of(n, kernels.discrete());
    }
    return CategoricalAxis.of(d);
  }
}
