package dev.parzen.junit.internal.execution;

import dev.parzen.Loss;
import dev.parzen.MethodObjective;
import dev.parzen.TrialContext;
import dev.parzen.junit.internal.descriptor.TuneDeclaration;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls a {@code @Tune} method on its test instance as the tuning's objective. It keeps the
 * exception each failing trial threw, so that the trial's test reports the real exception rather
 * than its text in the journal. Executors in other JVMs (Spark) call the same method by name on
 * their own instance of the class, through {@link #method()}; nothing here is serialised.
 */
final class TuneMethodObjective<T> implements MethodObjective<T> {

  private static final long serialVersionUID = 1L;

  private final transient Object instance;
  private final transient Method method;
  private final transient Map<Integer, Throwable> failures = new ConcurrentHashMap<>();

  TuneMethodObjective(Object instance, TuneDeclaration declaration) {
    this.instance = instance;
    this.method = declaration.method();
    // Package-private and inherited @Tune methods are allowed, as JUnit allows them for tests.
    method.trySetAccessible();
  }

  @Override
  public Method method() {
    return method;
  }

  @Override
  public Object target() {
    return instance;
  }

  @Override
  public Loss evaluate(T params, TrialContext trial) throws Exception {
    try {
      return MethodObjective.call(method, instance, params, trial);
    } catch (Exception | Error e) {
      failures.put(trial.trialNumber(), e);
      throw e;
    }
  }

  /** The exception trial {@code number} threw, forgotten once taken. */
  Optional<Throwable> takeFailure(int number) {
    return Optional.ofNullable(failures.remove(number));
  }
}
