package dev.parzen.junit.internal.execution;

import dev.parzen.Assignment;
import dev.parzen.junit.internal.descriptor.TrialDescriptor;
import dev.parzen.junit.internal.descriptor.TuneMethodDescriptor;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.platform.engine.support.hierarchical.Node.DynamicTestExecutor;

/** Registers one test per trial under a {@code @Tune} method and waits until it has run. */
final class TrialRegistrar {

  private final TuneMethodDescriptor parent;
  private final DynamicTestExecutor dynamicTests;
  private final Set<Integer> registered = new HashSet<>();

  TrialRegistrar(TuneMethodDescriptor parent, DynamicTestExecutor dynamicTests) {
    this.parent = parent;
    this.dynamicTests = dynamicTests;
  }

  /**
   * Registers trial {@code number}'s test and runs {@code body} as that test.
   *
   * @return false when the platform skipped the test (the run was cancelled) so the body never ran
   */
  boolean run(int number, Assignment assignment, TrialDescriptor.Body body)
      throws InterruptedException {
    AtomicBoolean ran = new AtomicBoolean();
    TrialDescriptor test =
        TrialDescriptor.of(
            parent,
            number,
            assignment,
            (node, context) -> {
              ran.set(true);
              body.run(node, context);
            });
    registered.add(number);
    dynamicTests.execute(test);
    dynamicTests.awaitFinished();
    return ran.get();
  }

  /** True once trial {@code number}'s test was registered. */
  boolean registered(int number) {
    return registered.contains(number);
  }
}
