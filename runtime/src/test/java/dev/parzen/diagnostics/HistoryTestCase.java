package dev.parzen.diagnostics;

import dev.parzen.Assignment;
import dev.parzen.Diagnostic;
import dev.parzen.Dimension;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TrialError;
import dev.parzen.TrialStatus;
import dev.parzen.Trials;
import dev.parzen.annotations.Direction;
import dev.parzen.space.FlatSpace;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A tuning history built trial by trial, with the losses, durations and statuses a test needs. */
final class HistoryTestCase {

  private final Space<Assignment> space;
  private final List<Trial<Assignment>> trials = new ArrayList<>();
  private Direction direction = Direction.MINIMIZE;

  private HistoryTestCase(Space<Assignment> space) {
    this.space = space;
  }

  static HistoryTestCase of(Space<Assignment> space) {
    return new HistoryTestCase(space);
  }

  HistoryTestCase maximizing() {
    direction = Direction.MAXIMIZE;
    return this;
  }

  /**
   * The value of numeric parameter {@code label} at {@code position} (0 = min, 1 = max) of its
   * range in the model scale, rounded to its grid.
   */
  Object at(String label, double position) {
    Dimension.Numeric d = (Dimension.Numeric) FlatSpace.of(space).param(label).dimension();
    if (d.log()) {
      double lo = Math.log(d.lower());
      return d.value(Math.exp(lo + position * (Math.log(d.upper()) - lo)));
    }
    return d.value(d.lower() + position * (d.upper() - d.lower()));
  }

  /** An assignment of one parameter. */
  static Assignment of(String label, Object value) {
    return Assignment.of(Map.of(label, value));
  }

  HistoryTestCase ok(Assignment a, double loss) {
    return ok(a, loss, 1.0);
  }

  HistoryTestCase ok(Assignment a, double loss, double seconds) {
    return add(TrialStatus.OK, a, loss, Double.NaN, seconds, null);
  }

  HistoryTestCase okWithVariance(Assignment a, double loss, double variance) {
    return add(TrialStatus.OK, a, loss, variance, 1.0, null);
  }

  HistoryTestCase failed(Assignment a, String reason) {
    return add(
        TrialStatus.FAILED,
        a,
        Double.NaN,
        Double.NaN,
        1.0,
        new TrialError("java.lang.IllegalStateException", reason, ""));
  }

  HistoryTestCase running(Assignment a) {
    return add(TrialStatus.RUNNING, a, Double.NaN, Double.NaN, 0, null);
  }

  private HistoryTestCase add(
      TrialStatus status,
      Assignment a,
      double loss,
      double variance,
      double seconds,
      TrialError error) {
    int number = trials.size();
    trials.add(
        new Trial<>(
            number,
            status,
            a,
            a,
            loss,
            variance,
            Instant.EPOCH.plusSeconds(number),
            Duration.ofMillis(Math.round(seconds * 1000)),
            error,
            Map.of()));
    return this;
  }

  Trials<Assignment> trials() {
    return new Trials<>(trials, direction);
  }

  /** What {@code rule} finds in this history. */
  List<Diagnostic> findings(Rule rule) {
    return rule.findings(FlatSpace.of(space), trials());
  }

  /** What {@link Diagnostics#inspect} finds in this history. */
  List<Diagnostic> inspect() {
    return Diagnostics.inspect(space, trials());
  }
}
