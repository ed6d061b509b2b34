package dev.parzen.junit.examples;

import dev.parzen.Loss;
import dev.parzen.TrialContext;
import dev.parzen.annotations.Tune;

/** Tunings whose trials fail in each way a trial can fail. */
public class FailuresTestCase {

  @Tune(maxEvals = 3, seed = 1)
  double alwaysThrows(Point p) {
    throw new IllegalStateException("diverged at x=" + Math.round(p.x()));
  }

  @Tune(maxEvals = 4, seed = 1)
  double everyOtherThrows(Point p, TrialContext trial) {
    if (trial.trialNumber() % 2 == 1) {
      throw new IllegalStateException("diverged");
    }
    return p.x() * p.x();
  }

  @Tune(maxEvals = 4, seed = 1)
  double mostlyThrow(Point p, TrialContext trial) {
    if (trial.trialNumber() > 0) {
      throw new IllegalStateException("diverged");
    }
    return p.x() * p.x();
  }

  @Tune(maxEvals = 4, seed = 1, maxFailureRate = 1)
  double mostlyThrowTolerated(Point p, TrialContext trial) {
    return mostlyThrow(p, trial);
  }

  @Tune(maxEvals = 3, seed = 1, maxFailureRate = 1)
  Loss reportsFailures(Point p, TrialContext trial) {
    return switch (trial.trialNumber()) {
      case 0 -> Loss.fail("did not converge");
      case 1 -> Loss.of(Double.NaN);
      default -> Loss.of(p.x() * p.x()).withAttachment("model", "m" + trial.trialNumber());
    };
  }

  @Tune(maxEvals = 2, seed = 1, trialTimeout = "100ms")
  double firstTrialHangs(Point p, TrialContext trial) throws InterruptedException {
    if (trial.trialNumber() == 0) {
      Thread.sleep(60_000);
    }
    return p.x() * p.x();
  }

  @Tune(maxEvals = 25, seed = 1)
  double brokenAfterTheFirst(Point p, TrialContext trial) {
    Recorder.EVENTS.add("trial " + trial.trialNumber());
    if (trial.trialNumber() > 0) {
      throw new IllegalStateException("broken");
    }
    return 1;
  }
}
