package dev.parzen.junit.examples;

import dev.parzen.TrialContext;
import dev.parzen.annotations.Tune;
import org.junit.platform.engine.CancellationToken;

/** A tuning that cancels the test run from its third trial, as a fail-fast launcher would. */
public class CancellingTestCase {

  /** The token of the run; set by the test. */
  public static volatile CancellationToken token;

  @Tune(maxEvals = 10, seed = 1)
  double cancelsAtTheThirdTrial(Point p, TrialContext trial) {
    if (trial.trialNumber() == 2) {
      token.cancel();
    }
    return p.x();
  }
}
