package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A number drawn uniformly between {@code min} and {@code max}, rounded to a multiple of {@code q}.
 *
 * <p>Use it for ordinal integers: tree depth, number of layers or units, number of neighbours,
 * minimum child weight ({@code @QUniform(min = 2, max = 12) int maxDepth}). Neighbouring values
 * behave alike, which the optimiser exploits; never model such numbers with {@link Choice}. Integer
 * fields ({@code int}, {@code long}) receive integers, and both bounds are inclusive.
 *
 * <p>Allowed on {@code int}, {@code long}, {@code double}, {@code float} and their boxed types.
 * Integer fields need whole bounds and a whole {@code q}. On a {@code double} field with {@code q =
 * 1} the compiler warns ({@code parzen.realQuantum}): the field is probably meant to be an {@code
 * int}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface QUniform {

  /** The smallest value, inclusive. */
  double min();

  /** The largest value, inclusive; must be greater than {@code min}. */
  double max();

  /** The step between values; must be {@code > 0}. */
  double q() default 1;

  /**
   * The library's default for this parameter; must lie in {@code [min, max]} on the grid of {@code
   * q}. {@code NaN} (the default) means none.
   */
  double defaultValue() default Double.NaN;
}
