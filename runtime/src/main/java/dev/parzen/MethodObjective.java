package dev.parzen;

import java.lang.reflect.InvocationTargetException;
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

  /**
   * Calls an objective method as every executor does: with {@code params}, and {@code trial} when
   * the method takes a second parameter; a returned number becomes {@link Loss#of}, a returned
   * {@code Loss} is kept, {@code null} is a failure. What the method throws is rethrown as it is.
   *
   * @param method the objective method, accessible
   * @param target the instance to call it on, or {@code null} for a static method
   * @throws IllegalStateException when the method returns something other than a number or a Loss
   */
  static Loss call(Method method, Object target, Object params, TrialContext trial)
      throws Exception {
    Object returned;
    try {
      returned =
          method.getParameterCount() == 2
              ? method.invoke(target, params, trial)
              : method.invoke(target, params);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
    if (returned == null) {
      return Loss.fail(method.getName() + " returned null instead of a loss");
    }
    if (returned instanceof Loss loss) {
      return loss;
    }
    if (returned instanceof Number n) {
      return Loss.of(n.doubleValue());
    }
    throw new IllegalStateException(
        "%s returned a %s (%s); an objective method returns a double or a dev.parzen.Loss"
            .formatted(method, returned.getClass().getName(), returned));
  }
}
