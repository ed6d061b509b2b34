package dev.parzen.junit.internal.execution;

import dev.parzen.Loss;
import dev.parzen.Objective;
import dev.parzen.TrialContext;
import dev.parzen.junit.internal.descriptor.TuneDeclaration;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a {@code @Tune} method on its test instance as the tuning's objective. It keeps the
 * exception each failing trial threw, so that the trial's test reports the real exception rather
 * than its text in the journal.
 */
final class MethodObjective<T> implements Objective<T> {

  private final Object instance;
  private final TuneDeclaration declaration;
  private final Method method;
  private final Map<Integer, Throwable> failures = new ConcurrentHashMap<>();

  MethodObjective(Object instance, TuneDeclaration declaration) {
    this.instance = instance;
    this.declaration = declaration;
    this.method = declaration.method();
    // Package-private and inherited @Tune methods are allowed, as JUnit allows them for tests.
    method.trySetAccessible();
  }

  @Override
  public Loss evaluate(T params, TrialContext trial) throws Exception {
    Object[] args =
        declaration.takesContext() ? new Object[] {params, trial} : new Object[] {params};
    Object value;
    try {
      value = method.invoke(instance, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      failures.put(trial.trialNumber(), cause);
      if (cause instanceof Exception ex) {
        throw ex;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw e;
    }
    return switch (declaration.returns()) {
      case DOUBLE ->
          value == null
              ? Loss.fail(declaration.tuningName() + " returned null instead of a loss")
              : Loss.of((Double) value);
      case LOSS -> (Loss) value;
    };
  }

  /** The exception trial {@code number} threw, forgotten once taken. */
  Optional<Throwable> takeFailure(int number) {
    return Optional.ofNullable(failures.remove(number));
  }
}
