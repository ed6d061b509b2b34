package dev.parzen.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.parzen.Trial;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code parzen.executor=spark}: the engine hands every trial of a {@code @Tune} method to Spark.
 */
class EngineOnSparkTests {

  @TempDir Path dir;

  @Test
  void aTuneMethodRunsItsTrialsAsSparkJobsWhenTheExecutorIsSpark() {
    EngineExecutionResults results =
        EngineTestKit.engine("parzen")
            .selectors(selectClass(SparkTuningTestCase.class))
            .configurationParameter("parzen.executor", "spark")
            .configurationParameter("parzen.spark.master", "local[2]")
            .configurationParameter("parzen.dir", dir.toString())
            .configurationParameter("parzen.report", "false")
            .execute();
    results.testEvents().assertStatistics(s -> s.dynamicallyRegistered(6).succeeded(6));
    assertThat(SparkTuningTestCase.RESULT.get().trials().list())
        .hasSize(6)
        .allSatisfy(t -> assertThat(t.attachments()).containsKey("spark.executor"))
        .extracting(Trial::isOk)
        .containsOnly(true);
  }
}
