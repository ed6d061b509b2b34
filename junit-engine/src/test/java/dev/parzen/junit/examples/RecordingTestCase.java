package dev.parzen.junit.examples;

import dev.parzen.Loss;
import dev.parzen.TrialContext;
import dev.parzen.annotations.Tune;

/** A seeded tuning that records every evaluation: trial number, parameters and objective seed. */
public class RecordingTestCase {

  @Tune(maxEvals = 6, seed = 11)
  Loss recorded(Point p, TrialContext trial) {
    Recorder.EVENTS.add("#" + trial.trialNumber() + " " + p + " seed " + trial.seed());
    return Loss.of(p.x() * p.x() + p.y() * p.y());
  }

  @Tune(maxEvals = 6)
  double unseeded(Point p) {
    Recorder.EVENTS.add("unseeded " + p);
    return p.x();
  }

  @Tune(maxEvals = 20, seed = 11, lossThreshold = 100)
  double stopsAtOnce(Point p) {
    Recorder.EVENTS.add("stopsAtOnce " + p);
    return p.x();
  }
}
