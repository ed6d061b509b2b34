package dev.parzen.junit;

import dev.parzen.TuningResult;

/**
 * AssertJ entry point for tuning results, for the checks a CI build makes after a tuning, typically
 * in an {@code @AfterTuning} method:
 *
 * <pre>{@code
 * @AfterTuning("logLoss")
 * void check(TuningResult<XgbParams> result) {
 *   ParzenAssertions.assertThat(result)
 *       .hasBestLossBelow(0.25)
 *       .hasAtLeastSuccessfulTrials(20)
 *       .hasBestParameterWithin("eta", 0.001, 0.3)
 *       .hasNoDiagnosticsOfKind(Diagnostic.Kind.BOUND_PRESSING);
 * }
 * }</pre>
 *
 * <p>Needs AssertJ on the test class path; the engine itself does not.
 */
public final class ParzenAssertions {

  private ParzenAssertions() {}

  /** Assertions on {@code actual}. */
  public static <T> TuningResultAssert<T> assertThat(TuningResult<T> actual) {
    return new TuningResultAssert<>(actual);
  }
}
