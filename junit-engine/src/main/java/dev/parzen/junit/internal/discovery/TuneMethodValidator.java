package dev.parzen.junit.internal.discovery;

import dev.parzen.Spaces;
import dev.parzen.TrialContext;
import dev.parzen.annotations.AfterTuning;
import dev.parzen.annotations.Tune;
import dev.parzen.junit.internal.config.TuneAttributes;
import dev.parzen.junit.internal.descriptor.AfterTuningMethod;
import dev.parzen.junit.internal.descriptor.TuneDeclaration;
import dev.parzen.junit.internal.descriptor.TuneDeclaration.ReturnKind;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Checks a {@code @Tune} method and the {@code @AfterTuning} methods that follow it. Every problem
 * is a discovery issue on the method, with what is wrong, the offending value and the fix.
 */
final class TuneMethodValidator {

  private final DiscoveryIssueReporter issues;

  TuneMethodValidator(DiscoveryIssueReporter issues) {
    this.issues = issues;
  }

  /** The declaration, or empty when the method cannot run (its problems were reported). */
  Optional<TuneDeclaration> validate(Class<?> c, Method m) {
    MethodSource source = MethodSource.from(c, m);
    String name = "@Tune method %s.%s".formatted(c.getSimpleName(), m.getName());
    List<String> problems = new ArrayList<>();
    int mod = m.getModifiers();
    if (Modifier.isPrivate(mod)) {
      problems.add("must not be private: make it package-private or public");
    }
    if (Modifier.isStatic(mod)) {
      problems.add(
          "must not be static: the class is created once per @Tune method and that instance"
              + " evaluates every trial; make it an instance method");
    }
    ReturnKind returns = ReturnKind.of(m.getReturnType());
    if (returns == null) {
      problems.add(
          "must return double, Double or dev.parzen.Loss (returns %s)"
              .formatted(m.getReturnType().getSimpleName()));
    }
    Class<?> spaceType = spaceType(m, problems, source, name);
    Tune tune = AnnotationSupport.findAnnotation(m, Tune.class).orElseThrow();
    TuneAttributes.problems(tune).forEach(p -> problems.add("has an invalid attribute: " + p));
    warnAboutOtherTestAnnotations(m, source, name);
    List<AfterTuningMethod> after = spaceType == null ? List.of() : afterTuning(c, m, spaceType);
    problems.forEach(p -> error(source, name + " " + p));
    if (!problems.isEmpty() || spaceType == null || after == null) {
      return Optional.empty();
    }
    boolean takesContext = m.getParameterCount() == 2;
    return Optional.of(new TuneDeclaration(c, m, tune, spaceType, takesContext, returns, after));
  }

  private Class<?> spaceType(Method m, List<String> problems, MethodSource source, String name) {
    Class<?>[] p = m.getParameterTypes();
    boolean shape =
        (p.length == 1 || (p.length == 2 && p[1] == TrialContext.class))
            && p[0] != TrialContext.class
            && !p[0].isPrimitive();
    if (!shape) {
      problems.add(
          ("must take one parameter object whose type has a generated space, optionally followed by"
                  + " a dev.parzen.TrialContext, e.g. (XgbParams params) or (XgbParams params,"
                  + " TrialContext trial); it takes %s")
              .formatted(List.of(p).stream().map(Class::getSimpleName).toList()));
      return null;
    }
    try {
      Spaces.of(p[0]);
      return p[0];
    } catch (RuntimeException e) {
      issues.reportIssue(
          DiscoveryIssue.builder(
                  Severity.ERROR,
                  "%s: its parameter type %s has no usable space. %s"
                      .formatted(name, p[0].getName(), e.getMessage()))
              .source(source)
              .cause(e));
      return null;
    }
  }

  private void warnAboutOtherTestAnnotations(Method m, MethodSource source, String name) {
    for (Annotation a : m.getAnnotations()) {
      Class<? extends Annotation> type = a.annotationType();
      if (type != Tune.class && AnnotationSupport.isAnnotated(type, Testable.class)) {
        issues.reportIssue(
            DiscoveryIssue.builder(
                    Severity.WARNING,
                    "%s is also annotated with @%s, so another engine runs it too; remove @%s"
                        .formatted(name, type.getSimpleName(), type.getSimpleName()))
                .source(source));
      }
    }
  }

  /** The {@code @AfterTuning} methods following {@code tuneMethod}, or null when one is invalid. */
  private List<AfterTuningMethod> afterTuning(Class<?> c, Method tuneMethod, Class<?> spaceType) {
    List<AfterTuningMethod> result = new ArrayList<>();
    boolean ok = true;
    for (Method m : TuningClassValidator.methods(c, AfterTuning.class)) {
      String[] names = AnnotationSupport.findAnnotation(m, AfterTuning.class).orElseThrow().value();
      if (List.of(names).contains(tuneMethod.getName())) {
        Optional<AfterTuningMethod> checked = AfterTuningSignature.check(c, m, spaceType, issues);
        checked.ifPresent(result::add);
        ok &= checked.isPresent();
      }
    }
    return ok ? result : null;
  }

  private void error(MethodSource source, String message) {
    issues.reportIssue(DiscoveryIssue.builder(Severity.ERROR, message).source(source));
  }
}
