package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parzen.TuningResult;
import dev.parzen.junit.examples.AfterTuningTestCase;
import dev.parzen.junit.examples.QuadraticTestCase;
import dev.parzen.junit.examples.Recorder;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class ResumeTests {

  @TempDir Path dir;

  @BeforeEach
  void clear() {
    Recorder.clear();
  }

  private EngineExecutionResults run(Class<?> c, Map<String, String> parameters) {
    return ParzenTestKit.engine(dir)
        .configurationParameters(parameters)
        .selectors(selectClass(c))
        .execute();
  }

  private static List<String> trials(EngineExecutionResults results) {
    return results.testEvents().started().stream()
        .map(Event::getTestDescriptor)
        .map(TestDescriptor::getDisplayName)
        .toList();
  }

  @Test
  void aRerunOfAFinishedTuningResumesItsJournalAndRunsNoTrial() {
    run(QuadraticTestCase.class, Map.of());
    EngineExecutionResults again = run(QuadraticTestCase.class, Map.of());
    assertThat(trials(again)).isEmpty();
    again.containerEvents().assertStatistics(s -> s.failed(0));
    assertThat(
            again.allEvents().reportingEntryPublished().stream()
                .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
                .filter(m -> m.containsKey("tuning")))
        .singleElement()
        .satisfies(m -> assertThat(m).containsEntry("trials", "5").containsEntry("bestTrial", "4"));
  }

  @Test
  void aLargerBudgetContinuesWhereTheJournalEnds() {
    List<String> first = trials(run(QuadraticTestCase.class, Map.of()));
    List<String> more =
        trials(run(QuadraticTestCase.class, Map.of(ParzenConstants.MAX_EVALS, "8")));
    assertThat(first).hasSize(5);
    assertThat(more).hasSize(3);
    assertThat(more.get(0)).startsWith("#5 ");
  }

  @Test
  void theResumedRunContinuesTheSameSequenceAsOneLongRun() {
    run(QuadraticTestCase.class, Map.of(ParzenConstants.MAX_EVALS, "3"));
    List<String> resumed = trials(run(QuadraticTestCase.class, Map.of()));
    Path other = dir.resolve("one-run");
    List<String> oneRun =
        trials(
            ParzenTestKit.engine(other).selectors(selectClass(QuadraticTestCase.class)).execute());
    assertThat(resumed).containsExactlyElementsOf(oneRun.subList(3, 5));
  }

  @Test
  void afterTuningSeesTheResumedTrialsToo() {
    run(AfterTuningTestCase.class, Map.of(ParzenConstants.MAX_EVALS, "2"));
    Recorder.clear();
    run(AfterTuningTestCase.class, Map.of());
    TuningResult<?> result = (TuningResult<?>) Recorder.VALUES.get(1);
    assertThat(result.trials().size()).isEqualTo(4);
  }
}
