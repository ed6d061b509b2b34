package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A real number drawn uniformly between {@code min} and {@code max}.
 *
 * <p>Use it for parameters whose effect is roughly linear over a range of the same order of
 * magnitude: ratios and fractions ({@code @Uniform(min = 0, max = 1) double subsample}), dropout,
 * momentum. When the range spans orders of magnitude (a learning rate from 0.0001 to 0.1), use
 * {@link LogUniform} instead; for whole numbers use {@link QUniform}.
 *
 * <p>Allowed on {@code double}, {@code float} and their boxed types. The compiler rejects {@code
 * min >= max} and warns ({@code parzen.wideUniform}) when {@code min > 0} and the range spans more
 * than two decades.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Uniform {

  /** The smallest value, inclusive. */
  double min();

  /** The largest value; must be greater than {@code min}. */
  double max();

  /**
   * The library's default for this parameter, evaluated first so the tuned result can be compared
   * with it; must lie in {@code [min, max]}. {@code NaN} (the default) means none.
   */
  double defaultValue() default Double.NaN;
}
