package dev.parzen.junit.internal.execution;

import dev.parzen.TuningResult;
import dev.parzen.junit.internal.descriptor.AfterTuningMethod;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * Calls the {@code @AfterTuning} methods of a finished tuning on its test instance, each with the
 * best parameters and/or the result. All of them run; the first failure fails the {@code @Tune}
 * method and the others are attached to it.
 */
final class AfterTuningInvoker {

  private AfterTuningInvoker() {}

  static void invoke(List<AfterTuningMethod> methods, Object instance, TuningResult<?> result)
      throws Exception {
    Throwable first = null;
    for (AfterTuningMethod m : methods) {
      try {
        call(m, instance, result);
      } catch (Throwable t) {
        if (first == null) {
          first = t;
        } else {
          first.addSuppressed(t);
        }
      }
    }
    if (first instanceof Exception e) {
      throw e;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      throw new IllegalStateException(first);
    }
  }

  private static void call(AfterTuningMethod m, Object instance, TuningResult<?> result)
      throws Throwable {
    Object[] args =
        m.parameters().stream()
            .map(
                a ->
                    switch (a) {
                      case BEST_PARAMS -> result.best().params();
                      case RESULT -> result;
                    })
            .toArray();
    Method method = m.method();
    method.trySetAccessible();
    try {
      method.invoke(instance, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
