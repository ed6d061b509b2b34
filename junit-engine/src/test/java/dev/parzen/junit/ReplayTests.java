package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectIteration;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.cause;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.parzen.junit.examples.FailuresTestCase;
import dev.parzen.junit.examples.Recorder;
import dev.parzen.junit.examples.RecordingTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class ReplayTests {

  private static final String CONTEXT = "dev.parzen.junit.examples.Point, dev.parzen.TrialContext";
  private static final UniqueId RECORDED =
      UniqueId.forEngine("parzen")
          .append("class", RecordingTestCase.class.getName())
          .append("tune", "recorded(" + CONTEXT + ")");

  @TempDir Path dir;

  @BeforeEach
  void clear() {
    Recorder.clear();
  }

  private EngineExecutionResults run(DiscoverySelector selector) {
    return ParzenTestKit.engine(dir).selectors(selector).execute();
  }

  private Path journal() {
    return dir.resolve(RecordingTestCase.class.getName())
        .resolve("recorded")
        .resolve("journal.jsonl");
  }

  private List<String> fullRun() {
    run(selectUniqueId(RECORDED));
    List<String> evaluations = List.copyOf(Recorder.EVENTS);
    Recorder.clear();
    return evaluations;
  }

  private static List<String> trialsRun(EngineExecutionResults results) {
    return results.testEvents().started().stream()
        .map(Event::getTestDescriptor)
        .map(d -> d.getUniqueId().getLastSegment().getValue())
        .toList();
  }

  @Test
  void aTrialSelectedByUniqueIdIsEvaluatedAloneWithItsRecordedParametersAndSeed() {
    List<String> original = fullRun();
    EngineExecutionResults results = run(selectUniqueId(RECORDED.append("trial", "#3")));
    assertThat(trialsRun(results)).containsExactly("#3");
    assertThat(Recorder.EVENTS).containsExactly(original.get(3));
  }

  @Test
  void aTrialSelectedByIterationIsEvaluatedTheSameWay() {
    List<String> original = fullRun();
    run(selectIteration(selectMethod(RecordingTestCase.class, "recorded", CONTEXT), 2, 5));
    assertThat(Recorder.EVENTS).containsExactly(original.get(2), original.get(5));
  }

  @Test
  void replayingATrialLeavesTheJournalAsItWas() throws IOException {
    fullRun();
    byte[] before = Files.readAllBytes(journal());
    run(selectUniqueId(RECORDED.append("trial", "#1")));
    assertThat(Files.readAllBytes(journal())).isEqualTo(before);
  }

  @Test
  void withoutJournalASeededTuningRunsUpToTheTrialAndReportsOnlyIt() {
    Path elsewhere = dir.resolve("elsewhere");
    ParzenTestKit.engine(elsewhere).selectors(selectUniqueId(RECORDED)).execute();
    List<String> original = List.copyOf(Recorder.EVENTS);
    Recorder.clear();

    EngineExecutionResults results = run(selectUniqueId(RECORDED.append("trial", "#3")));

    assertThat(trialsRun(results)).containsExactly("#3");
    assertThat(Recorder.EVENTS).containsExactlyElementsOf(original.subList(0, 4));
  }

  @Test
  void withoutJournalOrSeedATrialCannotBeReproducedAndTheTuningSaysSo() {
    UniqueId trial =
        UniqueId.forEngine("parzen")
            .append("class", RecordingTestCase.class.getName())
            .append("tune", "unseeded(dev.parzen.junit.examples.Point)")
            .append("trial", "#2");
    EngineExecutionResults results = run(selectUniqueId(trial));
    assertThat(trialsRun(results)).isEmpty();
    assertThat(Recorder.EVENTS).isEmpty();
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("tune:unseeded"),
                finishedWithFailure(
                    message(
                        m ->
                            m.startsWith("cannot rerun trial(s) [2] of RecordingTestCase.unseeded:")
                                && m.contains("@Tune(seed = ...) or -Dparzen.seed")))));
  }

  @Test
  void aReplayedFailingTrialReportsItsFailureAgain() {
    UniqueId method =
        UniqueId.forEngine("parzen")
            .append("class", FailuresTestCase.class.getName())
            .append("tune", "everyOtherThrows(" + CONTEXT + ")");
    run(selectUniqueId(method));
    EngineExecutionResults results = run(selectUniqueId(method.append("trial", "#1")));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            abortedWithReason(
                message(m -> m.startsWith("trial #1 failed")),
                cause(instanceOf(IllegalStateException.class))));
  }

  @Test
  void aTrialBeyondTheJournalIsReachedByContinuingTheTuning() {
    List<String> original = fullRun();
    EngineExecutionResults results = run(selectUniqueId(RECORDED.append("trial", "#7")));
    assertThat(trialsRun(results)).containsExactly("#7");
    assertThat(Recorder.EVENTS).hasSize(2).doesNotContainAnyElementsOf(original);
  }

  @Test
  void aTrialTheTuningNeverReachesFailsTheTuningSayingWhy() {
    UniqueId trial =
        UniqueId.forEngine("parzen")
            .append("class", RecordingTestCase.class.getName())
            .append("tune", "stopsAtOnce(dev.parzen.junit.examples.Point)")
            .append("trial", "#5");
    EngineExecutionResults results = run(selectUniqueId(trial));
    assertThat(trialsRun(results)).isEmpty();
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("tune:stopsAtOnce"),
                finishedWithFailure(
                    message(
                        "trial(s) [5] of RecordingTestCase.stopsAtOnce were not reached: the"
                            + " tuning stopped after 1 trials (loss threshold reached)"))));
  }
}
