package dev.parzen.spark.internal;

import dev.parzen.Objective;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.broadcast.Broadcast;

/**
 * How an executor finds the objective: a method called by name on a per-JVM instance, or an
 * objective serialised once per tuning into a broadcast variable.
 */
public sealed interface RemoteObjective extends Serializable {

  /** The objective in this JVM, resolving classes with {@code loader}. */
  Objective<Object> resolve(ClassLoader loader) throws Exception;

  /**
   * A method of a class: {@code instanceClass} is instantiated once per JVM (unless the driver in
   * this JVM registered its own instance) and the method is called on it.
   *
   * @param instanceClass the class to instantiate; the declaring class or a subclass
   * @param declaringClass the class declaring the method
   * @param method the method's name
   * @param parameterTypes the method's parameter types, by name
   * @param isStatic whether the method is static (no instance is created)
   */
  record OfMethod(
      String instanceClass,
      String declaringClass,
      String method,
      List<String> parameterTypes,
      boolean isStatic)
      implements RemoteObjective {

    @Override
    public Objective<Object> resolve(ClassLoader loader) throws Exception {
      return MethodCall.resolve(this, loader);
    }
  }

  /** An objective serialised by the driver, deserialised once per executor JVM. */
  record Shipped(Broadcast<byte[]> bytes) implements RemoteObjective {

    @Override
    public Objective<Object> resolve(ClassLoader loader) throws Exception {
      return ShippedObjectives.resolve(bytes, loader);
    }
  }
}
