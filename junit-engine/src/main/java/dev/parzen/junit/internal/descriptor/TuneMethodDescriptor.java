package dev.parzen.junit.internal.descriptor;

import dev.parzen.junit.internal.execution.ParzenExecutionContext;
import dev.parzen.junit.internal.execution.TuneMethodExecution;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A {@code @Tune} method: a container that registers one test per trial while it runs. It has no
 * children after discovery, so it must say that it {@link #mayRegisterTests() may register tests}
 * or the launcher would prune it.
 */
public final class TuneMethodDescriptor extends AbstractTestDescriptor
    implements Node<ParzenExecutionContext> {

  private final TuneDeclaration declaration;
  private final Set<TestTag> tags;
  private final TrialSelection selection = new TrialSelection();

  /** The node for {@code declaration}, with its own tags and those of its class. */
  public TuneMethodDescriptor(
      UniqueId uniqueId,
      TuneDeclaration declaration,
      Set<TestTag> ownTags,
      Set<TestTag> inherited) {
    super(
        uniqueId,
        declaration.signature(),
        MethodSource.from(declaration.testClass(), declaration.method()));
    this.declaration = declaration;
    Set<TestTag> all = new LinkedHashSet<>(inherited);
    all.addAll(ownTags);
    this.tags = Set.copyOf(all);
  }

  /** What discovery learnt about the method. */
  public TuneDeclaration declaration() {
    return declaration;
  }

  /** Which trials to run and report. */
  public TrialSelection selection() {
    return selection;
  }

  /** The method's source, which every trial shares so that IDEs navigate to the method. */
  public MethodSource methodSource() {
    return (MethodSource) getSource().orElseThrow();
  }

  // --- TestDescriptor ---

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public boolean mayRegisterTests() {
    return true;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }

  // --- Node ---

  @Override
  public ParzenExecutionContext execute(
      ParzenExecutionContext context, DynamicTestExecutor dynamicTestExecutor) throws Exception {
    TuneMethodExecution.run(this, context, dynamicTestExecutor);
    return context;
  }
}
