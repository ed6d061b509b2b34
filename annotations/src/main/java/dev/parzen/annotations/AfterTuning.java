package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that runs once after the named {@link Tune} methods of the same class have
 * finished, with their best parameters: refit on all data, save the model, assert on the result.
 *
 * <p>The method takes the best parameter object and, optionally, the tuning result. The compiler
 * rejects names that are not {@code @Tune} methods of the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AfterTuning {

  /** The names of the {@code @Tune} methods this method follows; at least one. */
  String[] value();
}
