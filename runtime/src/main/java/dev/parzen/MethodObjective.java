package dev.parzen;

import java.lang.reflect.Method;

/**
 * An objective that is a method of a class, such as a {@code @Tune} method run by the JUnit engine.
 * Executors that evaluate trials in other JVMs (Spark) call the same method there by name instead
 * of serialising the objective: each such JVM creates one instance of the declaring class with its
 * no-argument constructor and reuses it for every trial, so data loaded in the constructor is
 * loaded once per JVM. Executors in the calling JVM use {@link #target()} itself.
 *
 * <p>The method takes the parameter object (the decoded space type), optionally followed by a
 * {@link TrialContext}, and returns a {@code double} (or another primitive number) or a {@link
 * Loss}. Implementations evaluate it locally in {@link #evaluate}; they must be thread-safe when
 * trials run in parallel.
 *
 * @param <T> the parameter type, the method's first parameter type
 */
public interface MethodObjective<T> extends Objective<T> {

  /**
   * The objective method. Remote JVMs find it by its declaring class, name and parameter types, and
   * decode parameters with {@link Spaces#of} of its first parameter type. Never {@code null}.
   */
  Method method();

  /**
   * The instance the method is called on in this JVM, or {@code null} for a static method. Never
   * sent to other JVMs.
   */
  Object target();
}
