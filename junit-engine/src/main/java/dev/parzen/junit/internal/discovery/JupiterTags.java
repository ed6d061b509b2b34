package dev.parzen.junit.internal.discovery;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;

/**
 * Reads JUnit Jupiter's {@code @Tag} annotations (and {@code @Tags}, and annotations composed with
 * them) from tuning classes and {@code @Tune} methods, so that tag expressions such as Surefire's
 * {@code <groups>} select tunings and tests alike. Jupiter is looked up by name: the engine does
 * not depend on it, and without it on the class path there are no tags.
 */
final class JupiterTags {

  private static final String TAG = "org.junit.jupiter.api.Tag";

  private final DiscoveryIssueReporter issues;

  JupiterTags(DiscoveryIssueReporter issues) {
    this.issues = issues;
  }

  /** The valid tags on {@code element}; invalid ones are reported and left out. */
  Set<TestTag> of(AnnotatedElement element, Class<?> owner, TestSource source) {
    Class<? extends Annotation> tagType = tagType(owner);
    if (tagType == null) {
      return Set.of();
    }
    Method value = ReflectionSupport.findMethod(tagType, "value").orElseThrow();
    Set<TestTag> tags = new LinkedHashSet<>();
    for (Annotation a : AnnotationSupport.findRepeatableAnnotations(element, tagType)) {
      String name = String.valueOf(ReflectionSupport.invokeMethod(value, a));
      if (TestTag.isValid(name)) {
        tags.add(TestTag.create(name.strip()));
      } else {
        issues.reportIssue(
            DiscoveryIssue.builder(
                    Severity.WARNING,
                    "invalid tag '%s' on %s is ignored: tags must not be blank or contain whitespace,"
                            .formatted(name, element)
                        + " ISO control characters or any of , ( ) & | !")
                .source(source));
      }
    }
    return tags;
  }

  @SuppressWarnings("unchecked")
  private static Class<? extends Annotation> tagType(Class<?> owner) {
    ClassLoader loader =
        owner.getClassLoader() != null
            ? owner.getClassLoader()
            : ClassLoader.getSystemClassLoader();
    try {
      return (Class<? extends Annotation>) Class.forName(TAG, false, loader);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
