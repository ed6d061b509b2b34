package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integer drawn uniformly from {@code [min, max)}, whose neighbouring values are unrelated.
 *
 * <p>{@code max} is <strong>exclusive</strong>, like {@code Random.nextInt(bound)}:
 * {@code @RandInt(max = 4)} yields 0, 1, 2 or 3. The optimiser treats the values as categories, so
 * use it for integers whose order means nothing: a hash bucket, the index of a data augmentation
 * pipeline. For ordinal integers (depth, counts), where 5 is between 4 and 6 in effect too, use
 * {@link QUniform}.
 *
 * <p>Allowed on {@code int}, {@code long} and their boxed types.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface RandInt {

  /** The smallest value, inclusive. */
  long min() default 0;

  /** One more than the largest value: the bound is exclusive. Must be greater than {@code min}. */
  long max();

  /**
   * The library's default for this parameter; must lie in {@code [min, max)}. {@code NaN} (the
   * default) means none.
   */
  double defaultValue() default Double.NaN;
}
