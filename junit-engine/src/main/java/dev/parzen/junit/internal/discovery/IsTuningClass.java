package dev.parzen.junit.internal.discovery;

import dev.parzen.annotations.Tune;
import java.lang.reflect.Modifier;
import java.util.function.Predicate;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * A class the engine runs: concrete, not anonymous or local, with at least one {@code @Tune}
 * method, declared or inherited. Inner classes pass, so that discovery can say why they cannot run.
 */
final class IsTuningClass implements Predicate<Class<?>> {

  static final IsTuningClass INSTANCE = new IsTuningClass();

  private IsTuningClass() {}

  @Override
  public boolean test(Class<?> c) {
    int m = c.getModifiers();
    if (Modifier.isAbstract(m) || c.isInterface() || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    if (c.isSynthetic() || c.isEnum() || c.isAnnotation()) {
      return false;
    }
    return !ReflectionSupport.findMethods(
            c,
            method -> AnnotationSupport.isAnnotated(method, Tune.class),
            HierarchyTraversalMode.TOP_DOWN)
        .isEmpty();
  }
}
