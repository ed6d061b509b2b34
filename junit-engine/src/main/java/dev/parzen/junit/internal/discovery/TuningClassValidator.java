package dev.parzen.junit.internal.discovery;

import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Tune;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Checks what a tuning class needs as a whole: that the engine can create it, and that its {@code
 * AfterTuning} methods name {@code @Tune} methods. Problems are discovery errors on the class or
 * method, never exceptions.
 */
final class TuningClassValidator {

  private final DiscoveryIssueReporter issues;

  TuningClassValidator(DiscoveryIssueReporter issues) {
    this.issues = issues;
  }

  /** True when the class can run; otherwise its problems were reported. */
  boolean check(Class<?> c) {
    boolean ok = true;
    if (c.isMemberClass() && !Modifier.isStatic(c.getModifiers())) {
      error(
          c,
          "%s is an inner class: the parzen engine cannot create it without an instance of %s;"
                  .formatted(c.getName(), c.getEnclosingClass().getSimpleName())
              + " declare it static");
      ok = false;
    } else if (!hasNoArgConstructor(c)) {
      error(
          c,
          ("%s has no constructor without parameters: the parzen engine creates one instance per"
                  + " @Tune method with it and reuses it for every trial; add one (loading data there"
                  + " loads it once per @Tune method)")
              .formatted(c.getName()));
      ok = false;
    }
    return checkAfterTuningNames(c) && ok;
  }

  private boolean checkAfterTuningNames(Class<?> c) {
    Set<String> tuneNames =
        methods(c, Tune.class).stream().map(Method::getName).collect(Collectors.toSet());
    boolean ok = true;
    for (Method m : methods(c, AfterTuning.class)) {
      String[] names = AnnotationSupport.findAnnotation(m, AfterTuning.class).orElseThrow().value();
      List<String> unknown = List.of(names).stream().filter(n -> !tuneNames.contains(n)).toList();
      if (names.length == 0 || !unknown.isEmpty()) {
        issues.reportIssue(
            DiscoveryIssue.builder(
                    Severity.ERROR,
                    "@AfterTuning method %s.%s names %s; name one or more @Tune methods of %s: %s"
                        .formatted(
                            c.getSimpleName(),
                            m.getName(),
                            names.length == 0
                                ? "no method"
                                : unknown
                                    + (unknown.size() == 1
                                        ? ", which is not a @Tune method"
                                        : ", which are not @Tune methods"),
                            c.getSimpleName(),
                            tuneNames.stream().sorted().toList()))
                .source(MethodSource.from(c, m)));
        ok = false;
      }
    }
    return ok;
  }

  static List<Method> methods(Class<?> c, Class<? extends Annotation> a) {
    return ReflectionSupport.findMethods(
        c, m -> AnnotationSupport.isAnnotated(m, a), HierarchyTraversalMode.TOP_DOWN);
  }

  private static boolean hasNoArgConstructor(Class<?> c) {
    try {
      c.getDeclaredConstructor();
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private void error(Class<?> c, String message) {
    issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR, message).source(ClassSource.from(c)));
  }
}
