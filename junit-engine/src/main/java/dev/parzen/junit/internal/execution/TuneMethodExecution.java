package dev.parzen.junit.internal.execution;

import dev.parzen.NoSuccessfulTrialsException;
import dev.parzen.Space;
import dev.parzen.Spaces;
import dev.parzen.Tuning;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import dev.parzen.TuningResult;
import dev.parzen.junit.TuningFailedException;
import dev.parzen.junit.internal.descriptor.TuneDeclaration;
import dev.parzen.junit.internal.descriptor.TuneMethodDescriptor;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.support.hierarchical.Node.DynamicTestExecutor;
import org.opentest4j.TestAbortedException;

/**
 * Runs one {@code @Tune} method: a fresh instance of its class, reused by every trial; the tuning,
 * with each selected trial reported as a test; then the summary, the failure-rate check and the
 * {@code @AfterTuning} methods. When the request selected single trials, they are rerun instead.
 */
public final class TuneMethodExecution<T> {

  private final TuneMethodDescriptor node;
  private final ParzenExecutionContext context;
  private final TuningSpec spec;
  private final Space<T> space;
  private final Object instance;
  private final TuneMethodObjective<T> objective;
  private final TrialVerdicts verdicts;
  private final TrialRegistrar registrar;

  private TuneMethodExecution(
      TuneMethodDescriptor node,
      ParzenExecutionContext context,
      DynamicTestExecutor dynamicTests,
      TuningSpec spec,
      Space<T> space,
      Object instance) {
    this.node = node;
    this.context = context;
    this.spec = spec;
    this.space = space;
    this.instance = instance;
    this.objective = new TuneMethodObjective<>(instance, spec.declaration());
    this.verdicts = new TrialVerdicts(context, objective::takeFailure);
    this.registrar = new TrialRegistrar(node, dynamicTests);
  }

  /** Runs the tuning of {@code node}; throws what fails the {@code @Tune} method. */
  public static void run(
      TuneMethodDescriptor node, ParzenExecutionContext context, DynamicTestExecutor dynamicTests)
      throws Exception {
    TuneDeclaration declaration = node.declaration();
    TuningSpec spec = TuningSpec.of(declaration, context.configuration());
    Object instance = ReflectionSupport.newInstance(declaration.testClass());
    start(node, context, dynamicTests, spec, Spaces.of(declaration.spaceType()), instance);
  }

  private static <T> void start(
      TuneMethodDescriptor node,
      ParzenExecutionContext context,
      DynamicTestExecutor dynamicTests,
      TuningSpec spec,
      Space<T> space,
      Object instance)
      throws Exception {
    new TuneMethodExecution<>(node, context, dynamicTests, spec, space, instance).execute();
  }

  private void execute() throws Exception {
    if (!node.selection().isAll()) {
      new TrialReplay<>(this).run(node.selection().numbers());
      return;
    }
    TuningResult<T> result = tune(OptionalInt.empty());
    double limit = spec.attributes().maxFailureRate();
    if (Failures.shareAbove(result, limit)) {
      throw new TuningFailedException(
          ("%s: %d of %d finished trials failed, more than maxFailureRate %s allows; the"
                  + " objective is likely broken. %s")
              .formatted(
                  result.name(),
                  result.trials().failed().size(),
                  Failures.finished(result),
                  limit,
                  Failures.describe(result.trials().failed())));
    }
    AfterTuningInvoker.invoke(spec.declaration().afterTuning(), instance, result);
  }

  /**
   * Runs the tuning, up to {@code maxEvals} trials when given, and publishes its summary.
   *
   * @throws NoSuccessfulTrialsException when no trial succeeded
   * @throws TestAbortedException when the test run was cancelled
   */
  TuningResult<T> tune(OptionalInt maxEvals) {
    ResultHolder holder = new ResultHolder();
    Tuning<T> tuning =
        spec.tuning(space, objective)
            .maxFailureRate(spec.attributes().maxFailureRate())
            .listener(holder)
            .cancelWhen(context::cancelled);
    maxEvals.ifPresent(tuning::maxEvals);
    OrderedTrialReporter ordered = null;
    if (spec.runsInTests()) {
      tuning.executor(new InTestTrialExecutor(registrar, node.selection(), verdicts));
    } else {
      ordered = new OrderedTrialReporter(registrar, node.selection(), verdicts);
      tuning.listener(ordered);
      context.configuredExecutor().get().ifPresent(tuning::executor);
    }
    TuningResult<T> result;
    try {
      result = tuning.run();
    } catch (NoSuccessfulTrialsException e) {
      throw context.cancelled() ? cancelled(e) : e;
    } finally {
      if (ordered != null) {
        ordered.finish();
      }
      holder.result.ifPresent(this::publish);
    }
    if (context.cancelled()) {
      throw cancelled(null);
    }
    return result;
  }

  private void publish(TuningResult<?> result) {
    context.publish(node, TuningEntries.summary(result, spec));
    TuningEntries.diagnostics(result).forEach(e -> context.publish(node, e));
  }

  private TestAbortedException cancelled(Throwable cause) {
    return new TestAbortedException(
        "%s: the test run was cancelled; the trials so far are kept in %s for the next run"
            .formatted(spec.name(), spec.journal()),
        cause);
  }

  TuneMethodDescriptor node() {
    return node;
  }

  ParzenExecutionContext context() {
    return context;
  }

  TuningSpec spec() {
    return spec;
  }

  Space<T> space() {
    return space;
  }

  TuneMethodObjective<T> objective() {
    return objective;
  }

  TrialVerdicts verdicts() {
    return verdicts;
  }

  TrialRegistrar registrar() {
    return registrar;
  }

  /** Keeps the result, which {@code run()} does not return when no trial succeeded. */
  private static final class ResultHolder implements TuningListener {
    private Optional<TuningResult<?>> result = Optional.empty();

    @Override
    public void tuningFinished(TuningInfo info, TuningResult<?> r) {
      result = Optional.of(r);
    }
  }
}
