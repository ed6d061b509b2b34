package dev.parzen.processor;

import static dev.parzen.processor.Compilations.assertError;
import static dev.parzen.processor.Compilations.source;

import com.google.testing.compile.CompilationSubject;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors on {@code @Tune} and {@code @AfterTuning} values that are wrong whatever the space. */
class TuneErrorsTests {

  private static JavaFileObject tuning(String... lines) {
    String[] all = new String[lines.length + 4];
    all[0] = "package demo;";
    all[1] = "import dev.parzen.annotations.*;";
    all[2] = "class Tuning {";
    System.arraycopy(lines, 0, all, 3, lines.length);
    all[all.length - 1] = "}";
    return source("demo.Tuning", all);
  }

  @Test
  void validTuneCompilesWithoutWarnings() {
    CompilationSubject.assertThat(
            Compilations.compile(
                tuning(
                    "  @Tune(maxEvals = 50, timeout = \"1h30m\", trialTimeout = \"PT10M\",",
                    "      earlyStop = @NoProgress(trials = 20, minRelativeImprovement = 0.01))",
                    "  double loss(Object p) { return 0; }",
                    "  @AfterTuning(\"loss\") void refit(Object best) {}")))
        .succeededWithoutWarnings();
  }

  @Test
  void zeroMaxEvalsIsParzenTuneMaxEvals() {
    assertError(
        tuning("  @Tune(maxEvals = 0) double loss(Object p) { return 0; }"),
        "[ParzenTuneMaxEvals]",
        "maxEvals = 0");
  }

  @Test
  void parallelismBelowOneIsParzenTuneParallelism() {
    assertError(
        tuning("  @Tune(parallelism = 0) double loss(Object p) { return 0; }"),
        "[ParzenTuneParallelism]",
        "parallelism = 0");
  }

  @Test
  void threadsPerTrialBelowOneIsParzenTuneParallelism() {
    assertError(
        tuning("  @Tune(threadsPerTrial = -2) double loss(Object p) { return 0; }"),
        "[ParzenTuneParallelism]",
        "threadsPerTrial = -2");
  }

  @Test
  void unreadableDurationIsParzenTuneDuration() {
    assertError(
        tuning("  @Tune(timeout = \"10 minutes\") double loss(Object p) { return 0; }"),
        "[ParzenTuneDuration] @Tune.timeout \"10 minutes\" is not a duration",
        "timeout = \"10 minutes\"");
  }

  @Test
  void zeroTrialTimeoutIsParzenTuneDuration() {
    assertError(
        tuning("  @Tune(trialTimeout = \"0s\") double loss(Object p) { return 0; }"),
        "[ParzenTuneDuration] @Tune.trialTimeout \"0s\" must be positive",
        "trialTimeout");
  }

  @Test
  void negativeEarlyStopTrialsIsParzenTuneEarlyStop() {
    assertError(
        tuning("  @Tune(earlyStop = @NoProgress(trials = -1)) double loss(Object p) { return 0; }"),
        "[ParzenTuneEarlyStop]",
        "trials = -1");
  }

  @Test
  void failureRateAboveOneIsParzenTuneFailureRate() {
    assertError(
        tuning("  @Tune(maxFailureRate = 1.5) double loss(Object p) { return 0; }"),
        "[ParzenTuneFailureRate]",
        "maxFailureRate = 1.5");
  }

  @Test
  void afterTuningNamingNoTuneMethodIsParzenAfterTuning() {
    assertError(
        tuning(
            "  @Tune double loss(Object p) { return 0; }",
            "  @AfterTuning(\"los\") void refit(Object best) {}"),
        "[ParzenAfterTuning] @AfterTuning names \"los\", which is not a @Tune method of Tuning; the @Tune methods are [loss]",
        "@AfterTuning(\"los\")");
  }
}
