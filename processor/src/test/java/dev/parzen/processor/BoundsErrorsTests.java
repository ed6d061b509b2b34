package dev.parzen.processor;

import static dev.parzen.processor.Compilations.assertError;
import static dev.parzen.processor.Compilations.record;

import org.junit.jupiter.api.Test;

/** Errors on the numbers written in numeric annotations. */
class BoundsErrorsTests {

  @Test
  void minNotBelowMaxIsParzenBoundsOnMin() {
    assertError(record("  @Uniform(min = 1, max = 0.5) double ratio"), "[ParzenBounds]", "min = 1");
  }

  @Test
  void nonPositiveLogBoundIsParzenLogBounds() {
    assertError(
        record("  @LogUniform(min = -5, max = -1) double lr"),
        "[ParzenLogBounds] @LogUniform.min must be > 0 (was -5); log bounds are real values",
        "min = -5");
  }

  @Test
  void nonPositiveSigmaIsParzenSigma() {
    assertError(record("  @Normal(mu = 0, sigma = 0) double shift"), "[ParzenSigma]", "sigma = 0");
  }

  @Test
  void nonPositiveQuantumIsParzenQuantum() {
    assertError(
        record("  @QUniform(min = 0, max = 10, q = -1) int depth"), "[ParzenQuantum]", "q = -1");
  }

  @Test
  void fractionalQuantumOnIntegerIsParzenQuantum() {
    assertError(
        record("  @QUniform(min = 0, max = 10, q = 0.5) int depth"),
        "[ParzenQuantum] integer 'depth' needs a whole q",
        "q = 0.5");
  }

  @Test
  void gridOutsideRangeIsParzenQuantum() {
    assertError(
        record("  @QUniform(min = 0.1, max = 0.2, q = 1) double x"),
        "[ParzenQuantum] no multiple of q = 1",
        "q = 1");
  }

  @Test
  void fractionalBoundsOnIntegerAreParzenBounds() {
    assertError(
        record("  @QUniform(min = 0.5, max = 10) int depth"), "[ParzenBounds]", "min = 0.5");
  }

  @Test
  void randIntMaxIsExclusiveSoEqualBoundsAreParzenBounds() {
    assertError(
        record("  @RandInt(min = 3, max = 3) int bucket"),
        "[ParzenBounds] @RandInt.max is exclusive",
        "max = 3");
  }

  @Test
  void defaultOutsideRangeIsParzenDefault() {
    assertError(
        record("  @Uniform(min = 0, max = 1, defaultValue = 2) double ratio"),
        "[ParzenDefault] default 2 of 'ratio' is outside [0, 1]",
        "defaultValue = 2");
  }

  @Test
  void defaultOffTheGridIsParzenDefault() {
    assertError(
        record("  @QUniform(min = 0, max = 10, q = 2, defaultValue = 3) int depth"),
        "[ParzenDefault]",
        "defaultValue = 3");
  }

  @Test
  void randIntDefaultAtExclusiveMaxIsParzenDefault() {
    assertError(
        record("  @RandInt(max = 4, defaultValue = 4) int bucket"),
        "[ParzenDefault]",
        "defaultValue = 4");
  }
}
