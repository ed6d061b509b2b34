package dev.parzen.spark.internal;

import dev.parzen.Loss;
import dev.parzen.MethodObjective;
import dev.parzen.Objective;
import dev.parzen.TrialContext;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The executor side of a {@link dev.parzen.MethodObjective}: calls the method by reflection, the
 * dispatch the JUnit engine does on the driver, on the JVM's one instance of its class.
 */
final class MethodCall implements Objective<Object> {

  private static final Map<RemoteObjective.OfMethod, MethodCall> RESOLVED =
      new ConcurrentHashMap<>();

  private final transient Method method;
  private final transient Class<?> instanceClass;

  private MethodCall(Method method, Class<?> instanceClass) {
    this.method = method;
    this.instanceClass = instanceClass;
  }

  static Objective<Object> resolve(RemoteObjective.OfMethod ref, ClassLoader loader)
      throws ReflectiveOperationException {
    MethodCall known = RESOLVED.get(ref);
    if (known != null) {
      return known;
    }
    Class<?> declaring = Class.forName(ref.declaringClass(), true, loader);
    Class<?>[] types = new Class<?>[ref.parameterTypes().size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = Class.forName(ref.parameterTypes().get(i), false, loader);
    }
    Method method = declaring.getDeclaredMethod(ref.method(), types);
    method.setAccessible(true);
    Class<?> instanceClass =
        ref.isStatic() ? null : Class.forName(ref.instanceClass(), true, loader);
    RESOLVED.putIfAbsent(ref, new MethodCall(method, instanceClass));
    return RESOLVED.get(ref);
  }

  @Override
  public Loss evaluate(Object params, TrialContext trial) throws Exception {
    Object target = instanceClass == null ? null : MethodTargets.instanceOf(instanceClass);
    return MethodObjective.call(method, target, params, trial);
  }
}
