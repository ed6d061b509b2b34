package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parzen.junit.examples.ParallelTestCase;
import dev.parzen.junit.examples.Recorder;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class ParallelTests {

  @TempDir Path dir;

  @BeforeEach
  void clear() {
    Recorder.clear();
  }

  private EngineExecutionResults run() {
    return ParzenTestKit.engine(dir).selectors(selectClass(ParallelTestCase.class)).execute();
  }

  @Test
  void parallelTrialsRunOnTheRuntimesThreads() {
    run().testEvents().assertStatistics(s -> s.dynamicallyRegistered(9).succeeded(9));
    assertThat(Recorder.VALUES)
        .hasSize(9)
        .allMatch(name -> name.toString().startsWith("parzen-trials-"));
  }

  @Test
  void parallelTrialsAreReportedInTrialNumberOrderWhateverOrderTheyFinishIn() {
    assertThat(
            run().testEvents().dynamicallyRegistered().stream()
                .map(Event::getTestDescriptor)
                .map(d -> d.getUniqueId().getLastSegment().getValue()))
        .containsExactly("#0", "#1", "#2", "#3", "#4", "#5", "#6", "#7", "#8");
  }
}
