package dev.parzen.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** The engine benchmark times a real tuning: every trial runs and succeeds. */
class TuningOverheadBenchmarkTests {

  @TempDir Path out;

  @Test
  void theEngineRunsEveryTrialOfTheSphereTuning() {
    TestExecutionSummary s = TuningOverheadBenchmark.runEngine(LauncherFactory.create(), out);

    assertThat(s.getTotalFailureCount()).isZero();
    assertThat(s.getTestsSucceededCount()).isGreaterThanOrEqualTo(TuningOverheadBenchmark.TRIALS);
  }
}
