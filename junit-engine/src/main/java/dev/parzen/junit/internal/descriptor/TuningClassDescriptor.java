package dev.parzen.junit.internal.descriptor;

import dev.parzen.junit.internal.execution.ParzenExecutionContext;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A class with {@code @Tune} methods. Its {@link ClassSource} is what Surefire and Gradle file the
 * trials under.
 */
public final class TuningClassDescriptor extends AbstractTestDescriptor
    implements Node<ParzenExecutionContext> {

  private final Class<?> testClass;
  private final Set<TestTag> tags;

  /** The node for {@code testClass} with its tags. */
  public TuningClassDescriptor(UniqueId uniqueId, Class<?> testClass, Set<TestTag> tags) {
    super(uniqueId, testClass.getSimpleName(), ClassSource.from(testClass));
    this.testClass = testClass;
    this.tags = Set.copyOf(tags);
  }

  /** The class. */
  public Class<?> testClass() {
    return testClass;
  }

  // --- TestDescriptor ---

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public String getLegacyReportingName() {
    return testClass.getName();
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }
}
