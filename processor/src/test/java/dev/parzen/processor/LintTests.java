package dev.parzen.processor;

import static dev.parzen.processor.Compilations.assertWarning;
import static dev.parzen.processor.Compilations.record;
import static dev.parzen.processor.Compilations.source;

import com.google.testing.compile.CompilationSubject;
import org.junit.jupiter.api.Test;

/** The best-practice warnings, each on its element, and how they are silenced. */
class LintTests {

  @Test
  void choiceOverNumbersIsParzenOrdinalChoice() {
    assertWarning(
        record("  @Choice({\"32\", \"64\", \"128\"}) int batch"),
        "[ParzenOrdinalChoice] @Choice over the numbers of 'batch' hides their order",
        "int batch");
  }

  @Test
  void uniformOverMoreThanTwoDecadesIsParzenWideUniform() {
    assertWarning(
        record("  @Uniform(min = 0.0001, max = 0.1) double lr"),
        "[ParzenWideUniform] @Uniform on 'lr' spans 3.0 decades",
        "double lr");
  }

  @Test
  void uniformStartingAtZeroIsNotWide() {
    CompilationSubject.assertThat(
            Compilations.compile(record("  @Uniform(min = 0, max = 1000) double x")))
        .succeededWithoutWarnings();
  }

  @Test
  void wholeNumberGridOnDoubleIsParzenRealQuantum() {
    assertWarning(
        record("  @QUniform(min = 1, max = 10) double layers"),
        "[ParzenRealQuantum] @QUniform with q = 1 on double 'layers'",
        "double layers");
  }

  @Test
  void speedKnobIsParzenNotAHyperparameter() {
    assertWarning(
        record("  @QUniform(min = 10, max = 100) int epochs"),
        "[ParzenNotAHyperparameter] 'epochs' is a speed or convergence knob",
        "int epochs");
  }

  @Test
  void snakeCaseKnobsAreRecognisedToo() {
    assertWarning(
        record("  @QUniform(min = 1, max = 8) int n_jobs"),
        "[ParzenNotAHyperparameter]",
        "int n_jobs");
  }

  @Test
  void warningNamesItsSuppressionKey() {
    assertWarning(
        record("  @Choice boolean verbose"),
        "(suppress with @SuppressWarnings(\"parzen.notAHyperparameter\"))",
        "boolean verbose");
  }

  @Test
  void suppressWarningsOnTheComponentSilencesTheLint() {
    CompilationSubject.assertThat(
            Compilations.compile(
                record(
                    "  @SuppressWarnings(\"parzen.ordinalChoice\") @Choice({\"1\", \"2\"}) int k")))
        .succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsOnTheTypeSilencesTheLintForEveryField() {
    CompilationSubject.assertThat(
            Compilations.compile(
                source(
                    "demo.P",
                    "package demo;",
                    "import dev.parzen.annotations.*;",
                    "@SuppressWarnings(\"parzen.notAHyperparameter\")",
                    "class P {",
                    "  @QUniform(min = 1, max = 8) int threads;",
                    "  @RandInt(max = 100) long seed;",
                    "}")))
        .succeededWithoutWarnings();
  }

  @Test
  void suppressingOneLintKeepsTheOthers() {
    assertWarning(
        record(
            "  @SuppressWarnings(\"parzen.wideUniform\") @QUniform(min = 1, max = 9) double tol"),
        "[ParzenRealQuantum]",
        "double tol");
  }
}
