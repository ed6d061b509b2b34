package dev.parzen.spark.internal;

import dev.parzen.Assignment;
import dev.parzen.MethodObjective;
import dev.parzen.Objective;
import dev.parzen.Space;
import dev.parzen.Spaces;
import dev.parzen.TrialTask;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Decides what travels to executors for each tuning: a method objective by name, any other
 * objective once per tuning as a broadcast; and for each trial the parameters in the lightest form
 * the executor can decode.
 */
public final class ShippingPlan {

  private final JavaSparkContext jsc;
  private final Map<Objective<?>, RemoteObjective> objectives = new IdentityHashMap<>();
  private final List<Broadcast<byte[]>> shipped = new ArrayList<>();

  /** A plan shipping through {@code jsc}. */
  public ShippingPlan(JavaSparkContext jsc) {
    this.jsc = jsc;
  }

  /**
   * How executors find the objective of {@code task}; decided on the tuning's first trial.
   *
   * @throws IllegalArgumentException when the objective cannot be shipped, saying how to fix it
   */
  public synchronized RemoteObjective objective(TrialTask<?> task) {
    RemoteObjective known = objectives.get(task.objective());
    if (known == null) {
      known = describe(task.objective(), task.tuningName());
      objectives.put(task.objective(), known);
    }
    return known;
  }

  private RemoteObjective describe(Objective<?> objective, String tuningName) {
    if (objective instanceof MethodObjective<?> m) {
      return byName(m, tuningName);
    }
    byte[] bytes = ShippedObjectives.serialize(objective, tuningName);
    Broadcast<byte[]> b = jsc.broadcast(bytes);
    ShippedObjectives.registerLocal(b.id(), objective);
    shipped.add(b);
    return new RemoteObjective.Shipped(b);
  }

  private static RemoteObjective byName(MethodObjective<?> m, String tuningName) {
    Method method = m.method();
    boolean isStatic = Modifier.isStatic(method.getModifiers());
    Class<?> instanceClass =
        isStatic || m.target() == null ? method.getDeclaringClass() : m.target().getClass();
    if (!isStatic) {
      requireConstructible(instanceClass, tuningName);
      if (m.target() != null) {
        MethodTargets.register(m.target());
      }
    }
    return new RemoteObjective.OfMethod(
        instanceClass.getName(),
        method.getDeclaringClass().getName(),
        method.getName(),
        Arrays.stream(method.getParameterTypes()).map(Class::getName).toList(),
        isStatic);
  }

  private static void requireConstructible(Class<?> type, String tuningName) {
    boolean inner = type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers());
    boolean noArgs =
        Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.getParameterCount() == 0);
    if (inner || !noArgs) {
      throw new IllegalArgumentException(
          ("tuning '%s' cannot run on Spark: executors create their own %s with a no-argument"
                  + " constructor, and it %s; give it one (a top-level or static nested class)")
              .formatted(tuningName, type.getName(), inner ? "is an inner class" : "has none"));
    }
  }

  /**
   * How the executor obtains the parameter object {@code decoded} of {@code assignment}.
   *
   * @throws IllegalArgumentException when the parameter type can travel in no way
   */
  public static RemoteParams params(Space<?> space, Object decoded, String tuningName) {
    if (decoded instanceof Assignment) {
      return new RemoteParams.AsAssignment();
    }
    String spaceClass = space.getClass().getName();
    for (Class<?> c = decoded.getClass(); c != null; c = c.getSuperclass()) {
      if (spaceClass.equals(Spaces.generatedSpaceName(c))) {
        return new RemoteParams.GeneratedSpace(c.getName());
      }
      for (Class<?> i : c.getInterfaces()) {
        if (spaceClass.equals(Spaces.generatedSpaceName(i))) {
          return new RemoteParams.GeneratedSpace(i.getName());
        }
      }
    }
    if (decoded instanceof Serializable) {
      return new RemoteParams.Decoded(decoded);
    }
    throw new IllegalArgumentException(
        ("tuning '%s' cannot run on Spark: its parameters are a %s, which executors can neither"
                + " decode (the space %s is not the generated space of that type) nor receive"
                + " (it is not Serializable); make %s Serializable or use its generated space")
            .formatted(
                tuningName,
                decoded.getClass().getName(),
                spaceClass,
                decoded.getClass().getSimpleName()));
  }

  /** Releases the broadcasts of shipped objectives. */
  public synchronized void close() {
    for (Broadcast<byte[]> b : shipped) {
      ShippedObjectives.forget(b.id());
      b.destroy();
    }
    shipped.clear();
    objectives.clear();
  }
}
