package dev.parzen.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One of a fixed set of unordered options: a category.
 *
 * <p>Use it for parameters whose values have no order: the booster, the kernel, the optimiser, a
 * flag. The field receives the option itself, never an index. By field type:
 *
 * <ul>
 *   <li>an {@code enum}: every constant, or the subset named in {@link #value()}
 *       ({@code @Choice({"GBTREE", "DART"}) Booster booster});
 *   <li>{@code boolean}: {@code false} and {@code true};
 *   <li>{@code String}: the options listed ({@code @Choice({"adam", "sgd"}) String optimizer});
 *   <li>a number: the options listed, written as text ({@code @Choice({"32", "64"}) int batch}).
 *       Allowed, but the compiler warns ({@code parzen.ordinalChoice}): numbers are ordered, and
 *       {@link QUniform} or {@link QLogUniform} lets the optimiser use that order;
 *   <li>a {@code sealed interface} whose permitted subtypes are records annotated as spaces
 *       themselves: a conditional space. Each record is a branch, keyed by its simple name; its
 *       parameters exist only in the trials that choose it, labelled {@code <Branch>.<name>}.
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Choice {

  /**
   * The options, as text: enum constant names, branch record names, strings, or numbers. Required
   * for strings and numbers; for enums, booleans and sealed interfaces, empty (the default) means
   * every value. Options must be distinct.
   */
  String[] value() default {};

  /**
   * The library's default option, written as in {@link #value()}; must be one of the options. Empty
   * (the default) means none.
   */
  String defaultOption() default "";
}
