package dev.parzen;

import java.io.Serializable;

/**
 * The simplest objective: parameters in, a loss out.
 *
 * <pre>{@code
 * Parzen.minimize(space, p -> validationLoss(p));
 * }</pre>
 *
 * <p>Serializable for the same reason as {@link Objective}: remote executors ship it.
 *
 * @param <T> the parameter type
 */
@FunctionalInterface
public interface DoubleObjective<T> extends Serializable {

  /** Evaluates one point; throwing or returning NaN or an infinite value fails the trial. */
  double evaluate(T params) throws Exception;
}
