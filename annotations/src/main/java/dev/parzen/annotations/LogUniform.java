package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A real number whose logarithm is drawn uniformly: every decade between {@code min} and {@code
 * max} is equally likely.
 *
 * <p>Use it for parameters that span orders of magnitude: learning rates, regularisation strengths,
 * kernel widths ({@code @LogUniform(min = 1e-4, max = 0.3) double learningRate}). The bounds are
 * <em>real values</em>, both {@code > 0}: write {@code min = 1e-5}, not the exponent {@code -5}.
 *
 * <p>Allowed on {@code double}, {@code float} and their boxed types. For integers spanning orders
 * of magnitude use {@link QLogUniform}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface LogUniform {

  /** The smallest value, inclusive, in real units; must be {@code > 0}. */
  double min();

  /** The largest value, inclusive, in real units; must be greater than {@code min}. */
  double max();

  /**
   * The library's default for this parameter; must lie in {@code [min, max]}. {@code NaN} (the
   * default) means none.
   */
  double defaultValue() default Double.NaN;
}
