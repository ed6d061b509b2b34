package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.parzen.TuningInfo;
import dev.parzen.junit.examples.ParallelTestCase;
import dev.parzen.junit.examples.QuadraticTestCase;
import dev.parzen.junit.examples.Recorder;
import dev.parzen.junit.examples.SettingsListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ConfigurationTests {

  @TempDir Path dir;

  @BeforeEach
  void clear() {
    Recorder.clear();
    SettingsListener.STARTED.clear();
  }

  private EngineExecutionResults run(Class<?> c, Map<String, String> parameters) {
    return ParzenTestKit.engine(dir)
        .configurationParameters(parameters)
        .selectors(selectClass(c))
        .execute();
  }

  private static Map<String, String> summary(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .filter(m -> m.containsKey("tuning"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void maxEvalsOverridesEveryTuneAnnotation() {
    run(QuadraticTestCase.class, Map.of(ParzenConstants.MAX_EVALS, "2"))
        .testEvents()
        .assertStatistics(s -> s.dynamicallyRegistered(2).succeeded(2));
  }

  @Test
  void maxEvalsFromASystemPropertyOverridesToo() {
    System.setProperty(ParzenConstants.MAX_EVALS, "1");
    try {
      ParzenTestKit.engine(dir)
          .enableImplicitConfigurationParameters(true)
          .selectors(selectClass(QuadraticTestCase.class))
          .execute()
          .testEvents()
          .assertStatistics(s -> s.dynamicallyRegistered(1));
    } finally {
      System.clearProperty(ParzenConstants.MAX_EVALS);
    }
  }

  @Test
  void seedOverridesEveryTuneAnnotation() {
    assertThat(summary(run(QuadraticTestCase.class, Map.of(ParzenConstants.SEED, "99"))))
        .containsEntry("seed", "99");
  }

  @Test
  void parallelismOverridesEveryTuneAnnotation() {
    run(ParallelTestCase.class, Map.of(ParzenConstants.PARALLELISM, "1"));
    assertThat(Recorder.VALUES).hasSize(9).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void theJournalGoesUnderDirByClassAndMethod() {
    run(QuadraticTestCase.class, Map.of());
    assertThat(
            dir.resolve(QuadraticTestCase.class.getName())
                .resolve("quadratic")
                .resolve("journal.jsonl"))
        .isRegularFile();
  }

  @Test
  void withResumeOffARerunStartsAfreshAndKeepsTheEarlierJournal() throws IOException {
    Map<String, String> noResume = Map.of(ParzenConstants.RESUME, "false");
    run(QuadraticTestCase.class, noResume);
    run(QuadraticTestCase.class, noResume)
        .testEvents()
        .assertStatistics(s -> s.dynamicallyRegistered(5));
    try (Stream<Path> files =
        Files.list(dir.resolve(QuadraticTestCase.class.getName()).resolve("quadratic"))) {
      assertThat(files.filter(f -> f.getFileName().toString().startsWith("journal"))).hasSize(2);
    }
  }

  @Test
  void theThreadsExecutorRunsTrialsOnItsThreadsAndReportsEachAsATest() {
    run(ParallelTestCase.class, Map.of(ParzenConstants.EXECUTOR, "threads"))
        .testEvents()
        .assertStatistics(s -> s.dynamicallyRegistered(9).succeeded(9));
    assertThat(Recorder.VALUES).allMatch(name -> name.toString().startsWith("parzen-trials-"));
  }

  @Test
  void theSerialExecutorRunsEveryTrialInsideItsTest() {
    run(ParallelTestCase.class, Map.of(ParzenConstants.EXECUTOR, "serial"));
    assertThat(Recorder.VALUES).containsOnly(Thread.currentThread().getName());
  }

  @Test
  void anUnknownExecutorFailsTheTuningWithTheKnownNames() {
    run(QuadraticTestCase.class, Map.of(ParzenConstants.EXECUTOR, "sprak"))
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                container("tune:quadratic"),
                finishedWithFailure(
                    message("unknown executor 'sprak'; known: [serial, threads]"))));
  }

  @Test
  void everyParzenParameterReachesTheListeners() {
    run(
        QuadraticTestCase.class,
        Map.of("parzen.mlflow.trackingUri", "file:mlruns", ParzenConstants.MAX_EVALS, "1"));
    assertThat(SettingsListener.STARTED)
        .singleElement()
        .extracting(TuningInfo::configuration)
        .isEqualTo(
            Map.of(
                "parzen.mlflow.trackingUri",
                "file:mlruns",
                ParzenConstants.MAX_EVALS,
                "1",
                ParzenConstants.DIR,
                dir.toString()));
  }

  @Test
  void anInvalidValueIsADiscoveryErrorNamingKeyValueAndWhatIsAccepted() {
    assertThat(issues(Map.of(ParzenConstants.MAX_EVALS, "five")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.ERROR);
              assertThat(i.message())
                  .isEqualTo(
                      "invalid configuration parameter parzen.maxEvals='five': expected a whole"
                          + " number >= 1, e.g. -Dparzen.maxEvals=5");
            });
  }

  @Test
  void invalidValuesOfEveryKeyAreReported() {
    assertThat(
            issues(
                Map.of(
                    ParzenConstants.PARALLELISM, "0",
                    ParzenConstants.SEED, "x",
                    ParzenConstants.RESUME, "maybe",
                    ParzenConstants.TRIAL_FAILURE, "ignore")))
        .extracting(DiscoveryIssue::message)
        .containsExactlyInAnyOrder(
            "invalid configuration parameter parzen.parallelism='0': expected a whole number >= 1,"
                + " e.g. -Dparzen.parallelism=5",
            "invalid configuration parameter parzen.seed='x': expected a whole number, e.g."
                + " -Dparzen.seed=42",
            "invalid configuration parameter parzen.resume='maybe': expected true or false",
            "invalid configuration parameter parzen.trialFailure='ignore': expected abort (report"
                + " failed trials as aborted) or fail");
  }

  @Test
  void anUnknownKeyIsAWarningThatSuggestsTheKeyMeant() {
    assertThat(issues(Map.of("parzen.maxEval", "5")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.WARNING);
              assertThat(i.message())
                  .startsWith(
                      "unknown configuration parameter parzen.maxEval is ignored; did you mean"
                          + " parzen.maxEvals?");
            });
  }

  @Test
  void keysOfOtherModulesAreNotWarnedAbout() {
    assertThat(
            issues(
                Map.of(
                    "parzen.spark.master",
                    "local[2]",
                    ParzenConstants.PROGRESS,
                    "false",
                    ParzenConstants.REPORT,
                    "false")))
        .isEmpty();
  }

  private List<DiscoveryIssue> issues(Map<String, String> parameters) {
    return ParzenTestKit.engine(dir)
        .configurationParameters(parameters)
        .selectors(selectClass(QuadraticTestCase.class))
        .discover()
        .getDiscoveryIssues();
  }
}
