package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link Normal} number rounded to a multiple of {@code q}: an unbounded search around a known
 * good value on a grid.
 *
 * <p>Allowed on {@code int}, {@code long}, {@code double}, {@code float} and their boxed types;
 * integer fields receive integers and need a whole {@code q}. Draws far in the tails of an integer
 * field that do not fit an {@code int} fail the trial rather than wrap around.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface QNormal {

  /** The mean. */
  double mu();

  /** The standard deviation; must be {@code > 0}. */
  double sigma();

  /** The step between values; must be {@code > 0}. */
  double q();

  /**
   * The library's default for this parameter; must be a multiple of {@code q}. {@code NaN} (the
   * default) means none.
   */
  double defaultValue() default Double.NaN;
}
