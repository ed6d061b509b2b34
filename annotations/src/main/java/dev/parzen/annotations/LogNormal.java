package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A positive real number whose logarithm is normal: {@code mu} and {@code sigma} are the mean and
 * standard deviation of {@code ln x}, as in Hyperopt.
 *
 * <p>Use it for a positive scale parameter with a known typical value but no hard limits, for
 * example {@code @LogNormal(mu = -4.6, sigma = 1) double learningRate} centres on {@code e^-4.6 ≈
 * 0.01}. With known bounds prefer {@link LogUniform}.
 *
 * <p>Allowed on {@code double}, {@code float} and their boxed types; for integers use {@link
 * QLogNormal}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface LogNormal {

  /** The mean of {@code ln x}. */
  double mu();

  /** The standard deviation of {@code ln x}; must be {@code > 0}. */
  double sigma();

  /**
   * The library's default for this parameter, in real units; must be {@code > 0}. {@code NaN} (the
   * default) means none.
   */
  double defaultValue() default Double.NaN;
}
