package dev.parzen.spark.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one instance per JVM of each class whose methods are objectives, so that data a class loads
 * in its constructor is loaded once per executor, not once per trial. The driver registers its own
 * instances, which executors running in the driver's JVM (local mode) then share.
 */
public final class MethodTargets {

  private static final Map<Class<?>, Object> INSTANCES = new ConcurrentHashMap<>();

  private MethodTargets() {}

  /** Makes {@code target} the instance of its class in this JVM. */
  public static void register(Object target) {
    INSTANCES.put(target.getClass(), target);
  }

  /**
   * The instance of {@code type} in this JVM, created with its no-argument constructor on first
   * use. A constructor that throws is retried by the next trial; its exception is rethrown as it
   * is.
   */
  static Object instanceOf(Class<?> type) throws Exception {
    Object known = INSTANCES.get(type);
    if (known != null) {
      return known;
    }
    synchronized (type) {
      known = INSTANCES.get(type);
      if (known == null) {
        known = create(type);
        INSTANCES.put(type, known);
      }
      return known;
    }
  }

  private static Object create(Class<?> type) throws Exception {
    Constructor<?> c;
    try {
      c = type.getDeclaredConstructor();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          ("cannot create %s in executor JVM: it has no no-argument constructor; give it one"
                  + " (the tuning class is instantiated once per executor)")
              .formatted(type.getName()),
          e);
    }
    c.setAccessible(true);
    try {
      return c.newInstance();
    } catch (InvocationTargetException e) {
      throw rethrowable(e.getCause());
    }
  }

  /** {@code t} as an exception to throw from code that may throw {@link Exception}. */
  static Exception rethrowable(Throwable t) {
    if (t instanceof Error e) {
      throw e;
    }
    return t instanceof Exception e ? e : new IllegalStateException(t);
  }
}
