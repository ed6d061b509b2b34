package dev.parzen.junit.internal.descriptor;

import dev.parzen.Assignment;
import dev.parzen.junit.internal.execution.ParzenExecutionContext;
import java.util.Set;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One trial, registered while its {@code @Tune} method runs. It shares the method's source, so IDEs
 * navigate to the method, and its unique id ends in {@code [trial:#<number>]}, so a rerun selects
 * the same trial.
 */
public final class TrialDescriptor extends AbstractTestDescriptor
    implements Node<ParzenExecutionContext> {

  /** What running the trial's test does: evaluate the objective, or report a recorded trial. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the test; throwing an aborted exception aborts it, anything else fails it.
     *
     * @param trial the trial's node, for report entries
     * @param context the execution context
     */
    void run(TrialDescriptor trial, ParzenExecutionContext context) throws Exception;
  }

  private final String legacyName;
  private final Set<TestTag> tags;
  private Body body;

  private TrialDescriptor(TuneMethodDescriptor parent, int number, String displayName, Body body) {
    super(
        parent.getUniqueId().append(Segments.TRIAL, Segments.trial(number)),
        displayName,
        parent.methodSource());
    this.legacyName = TrialNames.legacy(parent.declaration().signature(), number);
    this.tags = parent.getTags();
    this.body = body;
    setParent(parent);
  }

  /** Trial {@code number} of {@code parent}, named after its parameters. */
  public static TrialDescriptor of(
      TuneMethodDescriptor parent, int number, Assignment assignment, Body body) {
    return new TrialDescriptor(parent, number, TrialNames.display(number, assignment), body);
  }

  // --- TestDescriptor ---

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public String getLegacyReportingName() {
    return legacyName;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }

  // --- Node ---

  @Override
  public ParzenExecutionContext execute(
      ParzenExecutionContext context, DynamicTestExecutor dynamicTestExecutor) throws Exception {
    body.run(this, context);
    return context;
  }

  @Override
  public void after(ParzenExecutionContext context) {
    // Thousands of trials may be registered: let each one's objective state be collected.
    body = null;
  }
}
