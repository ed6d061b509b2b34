package dev.parzen.junit.examples;

import dev.parzen.TrialContext;
import dev.parzen.annotations.Tune;

/** Trials that run three at a time, taking longer the earlier they start. */
public class ParallelTestCase {

  @Tune(maxEvals = 9, parallelism = 3, seed = 5)
  double parallel(Point p, TrialContext trial) throws InterruptedException {
    Recorder.VALUES.add(Thread.currentThread().getName());
    Thread.sleep(trial.trialNumber() % 3 == 0 ? 60 : 5);
    return p.x() * p.x();
  }
}
