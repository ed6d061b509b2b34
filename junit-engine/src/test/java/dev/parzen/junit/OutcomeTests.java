package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.parzen.NoSuccessfulTrialsException;
import dev.parzen.junit.examples.FailuresTestCase;
import dev.parzen.junit.examples.QuadraticTestCase;
import dev.parzen.junit.examples.Recorder;
import dev.parzen.junit.examples.TwoTuningsTestCase;
import java.nio.file.Path;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class OutcomeTests {

  private static final String POINT = "dev.parzen.junit.examples.Point";
  private static final String CONTEXT = POINT + ", dev.parzen.TrialContext";

  @TempDir Path dir;

  @BeforeEach
  void clear() {
    Recorder.clear();
  }

  private EngineExecutionResults run(String method, String parameterTypes) {
    return ParzenTestKit.engine(dir)
        .selectors(selectMethod(FailuresTestCase.class, method, parameterTypes))
        .execute();
  }

  private static ListAssert<Event> tuneMethod(EngineExecutionResults results) {
    return results
        .containerEvents()
        .finished()
        .assertThatEvents()
        .filteredOn(
            e -> e.getTestDescriptor().getUniqueId().getLastSegment().getType().equals("tune"));
  }

  @Test
  void successfulTrialsPassAndSoDoesTheirTuning() {
    EngineExecutionResults results =
        ParzenTestKit.engine(dir).selectors(selectClass(QuadraticTestCase.class)).execute();
    results.testEvents().assertStatistics(s -> s.dynamicallyRegistered(5).succeeded(5));
    results.containerEvents().assertStatistics(s -> s.succeeded(3).failed(0));
  }

  @Test
  void aTrialThatThrowsIsAbortedWithItsExceptionAsCause() {
    EngineExecutionResults results = run("everyOtherThrows", CONTEXT);
    results.testEvents().assertStatistics(s -> s.succeeded(2).aborted(2).failed(0));
    results
        .testEvents()
        .aborted()
        .assertThatEvents()
        .first()
        .is(
            event(
                test("trial:#1"),
                abortedWithReason(
                    instanceOf(TrialAbortedException.class),
                    message(
                        m ->
                            m.startsWith(
                                "trial #1 failed: java.lang.IllegalStateException: diverged (failed"
                                    + " trials are data")),
                    cause(instanceOf(IllegalStateException.class), message("diverged")))));
    tuneMethod(results).haveExactly(1, finishedSuccessfully());
  }

  @Test
  void withTrialFailureFailAFailedTrialFailsItsTest() {
    EngineExecutionResults results =
        ParzenTestKit.engine(dir)
            .configurationParameter(ParzenConstants.TRIAL_FAILURE, "fail")
            .selectors(selectMethod(FailuresTestCase.class, "everyOtherThrows", CONTEXT))
            .execute();
    results.testEvents().assertStatistics(s -> s.succeeded(2).failed(2).aborted(0));
    results
        .testEvents()
        .failed()
        .assertThatEvents()
        .first()
        .is(
            finishedWithFailure(
                instanceOf(TrialFailedException.class),
                message("trial #1 failed: java.lang.IllegalStateException: diverged"),
                cause(instanceOf(IllegalStateException.class))));
  }

  @Test
  void reportedFailuresAndNonFiniteLossesAreAbortedWithTheirReason() {
    EngineExecutionResults results = run("reportsFailures", CONTEXT);
    results.testEvents().assertStatistics(s -> s.succeeded(1).aborted(2));
    results
        .testEvents()
        .aborted()
        .assertThatEvents()
        .satisfiesExactly(
            first ->
                assertThat(first)
                    .is(
                        abortedWithReason(
                            message(
                                m ->
                                    m.startsWith("trial #0 failed: Loss.fail: did not converge")))),
            second ->
                assertThat(second)
                    .is(
                        abortedWithReason(
                            message(
                                m ->
                                    m.startsWith(
                                        "trial #1 failed: Loss.fail: the objective returned NaN")))));
  }

  @Test
  void aTrialPastItsTimeoutIsAbortedAsTimedOut() {
    EngineExecutionResults results = run("firstTrialHangs", CONTEXT);
    results.testEvents().assertStatistics(s -> s.succeeded(1).aborted(1));
    results
        .testEvents()
        .aborted()
        .assertThatEvents()
        .singleElement()
        .is(
            event(
                test("trial:#0"),
                abortedWithReason(message(m -> m.startsWith("trial #0 timed out: TrialTimeout")))));
  }

  @Test
  void aTuningWithoutSuccessfulTrialFailsWithTheGroupedCauses() {
    EngineExecutionResults results = run("alwaysThrows", POINT);
    results.testEvents().assertStatistics(s -> s.aborted(3));
    tuneMethod(results)
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(NoSuccessfulTrialsException.class),
                message(
                    m ->
                        m.startsWith(
                                "FailuresTestCase.alwaysThrows: all 3 trial(s) failed; no best"
                                    + " parameters. Causes:\n  ")
                            && m.contains("first failure (trial #0):"))));
  }

  @Test
  void aTuningWhoseFailuresExceedMaxFailureRateFails() {
    EngineExecutionResults results = run("mostlyThrow", CONTEXT);
    results.testEvents().assertStatistics(s -> s.succeeded(1).aborted(3));
    tuneMethod(results)
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(TuningFailedException.class),
                message(
                    m ->
                        m.startsWith(
                                "FailuresTestCase.mostlyThrow: 3 of 4 finished trials failed, more"
                                    + " than maxFailureRate 0.5 allows")
                            && m.contains("3 × java.lang.IllegalStateException: diverged"))));
  }

  @Test
  void aHigherMaxFailureRateToleratesTheSameFailures() {
    EngineExecutionResults results = run("mostlyThrowTolerated", CONTEXT);
    tuneMethod(results).haveExactly(1, finishedSuccessfully());
  }

  @Test
  void aTuningThatMostlyFailsIsAbandonedOnceEnoughTrialsFinished() {
    EngineExecutionResults results = run("brokenAfterTheFirst", CONTEXT);
    assertThat(Recorder.EVENTS).hasSize(10);
    tuneMethod(results)
        .haveExactly(
            1,
            finishedWithFailure(
                instanceOf(TuningFailedException.class),
                message(m -> m.contains("9 of 10 finished trials failed"))));
  }

  @Test
  void theClassIsCreatedOncePerTuneMethodAndReusedForEveryTrial() {
    ParzenTestKit.engine(dir).selectors(selectClass(TwoTuningsTestCase.class)).execute();
    assertThat(Recorder.EVENTS.stream().filter(e -> e.startsWith("new"))).hasSize(2);
    assertThat(Recorder.EVENTS.stream().filter(e -> e.startsWith("first ")).distinct()).hasSize(1);
    assertThat(Recorder.EVENTS.stream().filter(e -> e.startsWith("second ")).distinct()).hasSize(1);
    assertThat(Recorder.EVENTS.stream().filter(e -> e.startsWith("first "))).hasSize(3);
  }

  @Test
  void aFailingTuningDoesNotStopTheOtherTuningsOfItsClass() {
    EngineExecutionResults results =
        ParzenTestKit.engine(dir).selectors(selectClass(FailuresTestCase.class)).execute();
    tuneMethod(results)
        .haveExactly(4, finishedSuccessfully())
        .haveExactly(3, finishedWithFailure());
  }
}
