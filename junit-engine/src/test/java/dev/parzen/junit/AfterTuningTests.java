package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.parzen.NoSuccessfulTrialsException;
import dev.parzen.TuningResult;
import dev.parzen.junit.examples.AfterTuningTestCase;
import dev.parzen.junit.examples.FailingAfterTuningTestCase;
import dev.parzen.junit.examples.Point;
import dev.parzen.junit.examples.Recorder;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class AfterTuningTests {

  @TempDir Path dir;

  @BeforeEach
  void clear() {
    Recorder.clear();
  }

  @Test
  void anAfterTuningMethodReceivesTheBestParametersAndTheResult() {
    ParzenTestKit.engine(dir).selectors(selectClass(AfterTuningTestCase.class)).execute();
    assertThat(Recorder.VALUES).hasSize(2);
    TuningResult<?> result = (TuningResult<?>) Recorder.VALUES.get(1);
    assertThat(result.name()).isEqualTo("AfterTuningTestCase.quadratic");
    assertThat(result.trials().size()).isEqualTo(4);
    assertThat(Recorder.VALUES.get(0)).isInstanceOf(Point.class).isEqualTo(result.best().params());
  }

  @Test
  void anAfterTuningMethodRunsOnTheInstanceThatEvaluatedTheTrials() {
    ParzenTestKit.engine(dir).selectors(selectClass(AfterTuningTestCase.class)).execute();
    assertThat(Recorder.EVENTS).hasSize(5);
    assertThat(Recorder.EVENTS.get(4)).startsWith("refit on ");
    String instance = Recorder.EVENTS.get(4).substring("refit on ".length());
    assertThat(Recorder.EVENTS.subList(0, 4)).allMatch(e -> e.equals("trial on " + instance));
  }

  @Test
  void aFailingAfterTuningMethodFailsTheTuneMethodWithItsError() {
    EngineExecutionResults results =
        ParzenTestKit.engine(dir)
            .selectors(selectMethod(FailingAfterTuningTestCase.class, "quadratic", POINT))
            .execute();
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("tune:quadratic"),
                finishedWithFailure(
                    instanceOf(AssertionError.class), message(m -> m.startsWith("best loss ")))));
    results.testEvents().assertStatistics(s -> s.succeeded(2));
  }

  @Test
  void anAfterTuningMethodIsNotCalledWhenNoTrialSucceeded() {
    EngineExecutionResults results =
        ParzenTestKit.engine(dir)
            .selectors(selectMethod(FailingAfterTuningTestCase.class, "broken", POINT))
            .execute();
    assertThat(Recorder.EVENTS).isEmpty();
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("tune:broken"),
                finishedWithFailure(instanceOf(NoSuccessfulTrialsException.class))));
  }

  @Test
  void anAfterTuningMethodFollowsEachTuningItNames() {
    ParzenTestKit.engine(dir).selectors(selectClass(FailingAfterTuningTestCase.class)).execute();
    assertThat(Recorder.EVENTS).containsExactly("after FailingAfterTuningTestCase.quadratic");
  }

  @Test
  void anAfterTuningMethodDoesNotRunWhenSingleTrialsAreRerun() {
    UniqueId trial =
        UniqueId.forEngine("parzen")
            .append("class", AfterTuningTestCase.class.getName())
            .append("tune", "quadratic(" + POINT + ")")
            .append("trial", "#1");
    ParzenTestKit.engine(dir).selectors(selectUniqueId(trial)).execute();
    assertThat(Recorder.EVENTS).noneMatch(e -> e.startsWith("refit"));
  }

  private static final String POINT = "dev.parzen.junit.examples.Point";
}
