package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.parzen.junit.examples.AdvisedTestCase;
import dev.parzen.junit.examples.FailuresTestCase;
import dev.parzen.junit.examples.QuadraticTestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

class ReportingTests {

  @TempDir Path dir;

  private EngineExecutionResults quadratic() {
    return ParzenTestKit.engine(dir).selectors(selectClass(QuadraticTestCase.class)).execute();
  }

  private static List<TestDescriptor> trials(EngineExecutionResults results) {
    return results.testEvents().started().stream().map(Event::getTestDescriptor).toList();
  }

  private static List<Map<String, String>> entries(EngineExecutionResults results, String type) {
    return results.allEvents().reportingEntryPublished().stream()
        .filter(e -> e.getTestDescriptor().getUniqueId().getLastSegment().getType().equals(type))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .toList();
  }

  @Test
  void theTreeIsClassThenTuneMethodThenOneTestPerTrial() {
    TestDescriptor trial = trials(quadratic()).get(0);
    TestDescriptor method = trial.getParent().orElseThrow();
    TestDescriptor c = method.getParent().orElseThrow();
    assertThat(c.getDisplayName()).isEqualTo("QuadraticTestCase");
    assertThat(c.getLegacyReportingName()).isEqualTo(QuadraticTestCase.class.getName());
    assertThat(c.getSource()).contains(ClassSource.from(QuadraticTestCase.class));
    assertThat(method.getDisplayName()).isEqualTo("quadratic(Point)");
    assertThat(method.isContainer()).isTrue();
    assertThat(method.mayRegisterTests()).isTrue();
    assertThat(trial.isTest()).isTrue();
  }

  @Test
  void trialsAreNamedAfterTheirParameters() {
    assertThat(trials(quadratic()))
        .extracting(TestDescriptor::getDisplayName)
        .first()
        .isEqualTo("#0 x=-3.3, y=4.75");
  }

  @Test
  void trialsHaveLegacyNamesThatReportsCanParse() {
    assertThat(trials(quadratic()))
        .extracting(TestDescriptor::getLegacyReportingName)
        .containsExactly(
            "quadratic(Point)[0]",
            "quadratic(Point)[1]",
            "quadratic(Point)[2]",
            "quadratic(Point)[3]",
            "quadratic(Point)[4]");
  }

  @Test
  void trialsShareTheSourceOfTheirTuneMethodSoIdesNavigateToIt() {
    assertThat(trials(quadratic()))
        .allSatisfy(
            t ->
                assertThat(t.getSource())
                    .get()
                    .isInstanceOfSatisfying(
                        MethodSource.class,
                        s -> {
                          assertThat(s.getClassName()).isEqualTo(QuadraticTestCase.class.getName());
                          assertThat(s.getMethodName()).isEqualTo("quadratic");
                        }));
  }

  @Test
  void eachTrialPublishesItsParametersLossAndDuration() {
    Map<String, String> first = entries(quadratic(), "trial").get(0);
    assertThat(first)
        .containsEntry("trial", "0")
        .containsEntry("status", "OK")
        .containsEntry("x", "-3.303829976793068")
        .containsEntry("y", "4.750693824675546")
        .containsKeys("loss", "duration");
    assertThat(Double.parseDouble(first.get("loss")))
        .isCloseTo(
            3.303829976793068 * 3.303829976793068 + 4.750693824675546 * 4.750693824675546,
            offset(1e-9));
  }

  @Test
  void aFailedTrialPublishesItsErrorAndAttachmentsArePublished() {
    EngineExecutionResults results =
        ParzenTestKit.engine(dir)
            .selectors(
                selectMethod(
                    FailuresTestCase.class,
                    "reportsFailures",
                    "dev.parzen.junit.examples.Point, dev.parzen.TrialContext"))
            .execute();
    List<Map<String, String>> entries = entries(results, "trial");
    assertThat(entries.get(0))
        .containsEntry("status", "FAILED")
        .containsEntry("error", "Loss.fail: did not converge")
        .doesNotContainKey("loss");
    assertThat(entries.get(2)).containsEntry("attachment.model", "m2");
  }

  @Test
  void theTuneMethodPublishesTheBestTrialSeedAndStopReason() {
    Map<String, String> summary = entries(quadratic(), "tune").get(0);
    assertThat(summary)
        .containsEntry("tuning", "QuadraticTestCase.quadratic")
        .containsEntry("trials", "5")
        .containsEntry("failed", "0")
        .containsEntry("bestTrial", "4")
        .containsEntry("seed", "7")
        .containsEntry("stopReason", "reached maxEvals")
        .containsKeys("bestLoss", "bestParams", "elapsed", "journal");
  }

  @Test
  void diagnosticsArePublishedOneEntryEach() {
    EngineExecutionResults results =
        ParzenTestKit.engine(dir).selectors(selectClass(AdvisedTestCase.class)).execute();
    assertThat(entries(results, "tune"))
        .filteredOn(e -> e.containsKey("diagnostic"))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.get("diagnostic")).startsWith("["));
  }

  @Test
  void trialsAreRegisteredBeforeTheyStart() {
    List<EventType> types =
        quadratic().allEvents().stream()
            .filter(e -> e.getTestDescriptor().isTest())
            .map(Event::getType)
            .limit(3)
            .toList();
    assertThat(types)
        .containsExactly(
            EventType.DYNAMIC_TEST_REGISTERED,
            EventType.STARTED,
            EventType.REPORTING_ENTRY_PUBLISHED);
  }
}
