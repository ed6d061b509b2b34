package dev.parzen.report.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Adding parzen-report to the test class path is all a user does to get a report. */
class EngineRunTests {

  @TempDir Path dir;

  @Test
  void aTuneMethodRunByTheEngineLeavesItsReportWithoutAnyCodeChange() throws Exception {
    EngineTestKit.engine("parzen")
        .selectors(selectClass(BowlTuningTestCase.class))
        .configurationParameter("parzen.dir", dir.toString())
        .execute()
        .testEvents()
        .assertStatistics(s -> s.succeeded(12));
    Path report = dir.resolve(BowlTuningTestCase.class.getName()).resolve("bowl/report.html");
    assertThat(report).exists();
    assertThat(Files.readString(report))
        .contains("BowlTuningTestCase.bowl")
        .contains("\"running\":false")
        .contains("\"stopReason\":\"reached maxEvals\"");
  }
}
