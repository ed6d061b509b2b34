package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A real number drawn from a normal distribution with mean {@code mu} and standard deviation {@code
 * sigma}; unbounded.
 *
 * <p>Use it when you know a good value and want to search around it without hard limits, for
 * example an offset or a bias term. Most parameters have natural bounds: prefer {@link Uniform} or
 * {@link LogUniform} for those.
 *
 * <p>Allowed on {@code double}, {@code float} and their boxed types; for integers use {@link
 * QNormal}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Normal {

  /** The mean. */
  double mu();

  /** The standard deviation; must be {@code > 0}. */
  double sigma();

  /** The library's default for this parameter. {@code NaN} (the default) means none. */
  double defaultValue() default Double.NaN;
}
