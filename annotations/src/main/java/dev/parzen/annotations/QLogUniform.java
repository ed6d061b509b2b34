package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link LogUniform} number rounded to a multiple of {@code q}.
 *
 * <p>Use it for counts that span orders of magnitude, where 10 versus 20 matters as much as 1,000
 * versus 2,000: number of trees, batch size, number of hidden units ({@code @QLogUniform(min = 16,
 * max = 4096) int batchSize}). Bounds are real values, both {@code > 0}.
 *
 * <p>Allowed on {@code int}, {@code long}, {@code double}, {@code float} and their boxed types;
 * integer fields receive integers and need whole bounds and a whole {@code q}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface QLogUniform {

  /** The smallest value, inclusive, in real units; must be {@code > 0}. */
  double min();

  /** The largest value, inclusive, in real units; must be greater than {@code min}. */
  double max();

  /** The step between values; must be {@code > 0}. */
  double q() default 1;

  /**
   * The library's default for this parameter; must lie in {@code [min, max]} on the grid of {@code
   * q}. {@code NaN} (the default) means none.
   */
  double defaultValue() default Double.NaN;
}
