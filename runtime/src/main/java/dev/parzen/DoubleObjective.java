package dev.parzen;

/**
 * The simplest objective: parameters in, a loss out.
 *
 * <pre>{@code
 * Parzen.minimize(space, p -> validationLoss(p));
 * }</pre>
 *
 * @param <T> the parameter type
 */
@FunctionalInterface
public interface DoubleObjective<T> {

  /** Evaluates one point; throwing or returning NaN or an infinite value fails the trial. */
  double evaluate(T params) throws Exception;
}
