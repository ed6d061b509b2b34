package dev.parzen.spark;

import dev.parzen.Loss;
import dev.parzen.MethodObjective;
import dev.parzen.TrialContext;
import java.lang.reflect.Method;
import java.util.Arrays;

/** A method objective as the JUnit engine builds one for a {@code @Tune} method. */
final class ReflectiveMethodObjective<T> implements MethodObjective<T> {

  private final transient Object target;
  private final transient Method method;

  ReflectiveMethodObjective(Object target, String methodName) {
    this.target = target;
    this.method =
        Arrays.stream(target.getClass().getDeclaredMethods())
            .filter(m -> m.getName().equals(methodName))
            .findFirst()
            .orElseThrow();
    method.setAccessible(true);
  }

  @Override
  public Method method() {
    return method;
  }

  @Override
  public Object target() {
    return target;
  }

  @Override
  public Loss evaluate(T params, TrialContext trial) throws Exception {
    return MethodObjective.call(method, target, params, trial);
  }
}
