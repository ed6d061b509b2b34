package dev.parzen.junit;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Trial;
import dev.parzen.TuningResult;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link TuningResult}; start with {@link ParzenAssertions#assertThat}.
 * Each failure message names the tuning and shows its best trial, so a red CI build says what the
 * tuning found. Losses are compared as the objective reported them, whatever the direction.
 *
 * @param <T> the parameter type
 */
public final class TuningResultAssert<T>
    extends AbstractAssert<TuningResultAssert<T>, TuningResult<T>> {

  TuningResultAssert(TuningResult<T> actual) {
    super(actual, TuningResultAssert.class);
  }

  /** Verifies that the best trial's loss is strictly below {@code limit}. */
  public TuningResultAssert<T> hasBestLossBelow(double limit) {
    Trial<T> best = best("below " + limit);
    if (!(best.loss() < limit)) {
      failWithMessage(
          "Expecting the best loss of %s to be below %s but it was %s%n%s",
          actual.name(), limit, best.loss(), summary());
    }
    return this;
  }

  /** Verifies that the best trial's loss is strictly above {@code limit} (for maximised scores). */
  public TuningResultAssert<T> hasBestLossAbove(double limit) {
    Trial<T> best = best("above " + limit);
    if (!(best.loss() > limit)) {
      failWithMessage(
          "Expecting the best loss of %s to be above %s but it was %s%n%s",
          actual.name(), limit, best.loss(), summary());
    }
    return this;
  }

  /** Verifies that at least {@code n} trials succeeded. */
  public TuningResultAssert<T> hasAtLeastSuccessfulTrials(int n) {
    isNotNull();
    int ok = actual.trials().ok().size();
    if (ok < n) {
      failWithMessage(
          "Expecting %s to have at least %d successful trials but it had %d%n%s",
          actual.name(), n, ok, summary());
    }
    return this;
  }

  /** Verifies that the best trial's numeric parameter {@code label} lies in {@code [min, max]}. */
  public TuningResultAssert<T> hasBestParameterWithin(String label, double min, double max) {
    Assignment params = best("with " + label + " in [" + min + ", " + max + "]").assignment();
    if (!params.has(label)) {
      failWithMessage(
          "Expecting the best trial of %s to have parameter '%s' but its parameters are %s",
          actual.name(), label, params);
    }
    double value = params.getDouble(label);
    if (!(value >= min && value <= max)) {
      failWithMessage(
          "Expecting the best %s of %s to be within [%s, %s] but it was %s%n%s",
          label, actual.name(), min, max, value, summary());
    }
    return this;
  }

  /** Verifies that the tuning reported no diagnostic of {@code kind}. */
  public TuningResultAssert<T> hasNoDiagnosticsOfKind(Diagnostic.Kind kind) {
    isNotNull();
    List<Diagnostic> found = actual.diagnostics().stream().filter(d -> d.kind() == kind).toList();
    if (!found.isEmpty()) {
      failWithMessage(
          "Expecting %s to have no %s diagnostics but it had:%n  %s",
          actual.name(),
          kind,
          String.join(
              System.lineSeparator() + "  ", found.stream().map(Diagnostic::message).toList()));
    }
    return this;
  }

  private Trial<T> best(String expectation) {
    isNotNull();
    Optional<Trial<T>> best = actual.trials().best();
    if (best.isEmpty()) {
      failWithMessage(
          "Expecting the best trial of %s to be %s but no trial succeeded (%d trials)",
          actual.name(), expectation, actual.trials().size());
    }
    return best.orElseThrow();
  }

  private String summary() {
    String best =
        actual
            .trials()
            .best()
            .map(t -> "best: trial #" + t.number() + " " + t.assignment())
            .orElse("no successful trial");
    return "(%s; %d trials, %d failed, seed %d)"
        .formatted(best, actual.trials().size(), actual.trials().failed().size(), actual.seed());
  }
}
