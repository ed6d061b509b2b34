package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link LogNormal} number rounded to a multiple of {@code q}; may be {@code 0}.
 *
 * <p>Use it for positive counts with a typical size but no hard limit. Allowed on {@code int},
 * {@code long}, {@code double}, {@code float} and their boxed types; integer fields receive
 * integers and need a whole {@code q}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface QLogNormal {

  /** The mean of {@code ln x}. */
  double mu();

  /** The standard deviation of {@code ln x}; must be {@code > 0}. */
  double sigma();

  /** The step between values; must be {@code > 0}. */
  double q();

  /**
   * The library's default for this parameter, in real units; must be a non-negative multiple of
   * {@code q}. {@code NaN} (the default) means none.
   */
  double defaultValue() default Double.NaN;
}
