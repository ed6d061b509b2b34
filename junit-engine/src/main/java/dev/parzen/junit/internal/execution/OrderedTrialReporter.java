package dev.parzen.junit.internal.execution;

import dev.parzen.PendingTrial;
import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import dev.parzen.TuningProgress;
import dev.parzen.junit.internal.descriptor.TrialSelection;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Reports trials that ran elsewhere (a thread pool, a cluster) as tests, in trial-number order: a
 * trial that finishes early waits for those started before it. The tuning calls it on the test
 * thread, which is where dynamic tests must be registered.
 */
final class OrderedTrialReporter implements TuningListener {

  private final TrialRegistrar registrar;
  private final TrialSelection selection;
  private final TrialVerdicts verdicts;
  private final Deque<Integer> started = new ArrayDeque<>();
  private final Map<Integer, Trial<?>> finished = new HashMap<>();

  OrderedTrialReporter(TrialRegistrar registrar, TrialSelection selection, TrialVerdicts verdicts) {
    this.registrar = registrar;
    this.selection = selection;
    this.verdicts = verdicts;
  }

  @Override
  public void trialStarted(TuningInfo info, PendingTrial trial) {
    started.add(trial.number());
  }

  @Override
  public void trialFinished(TuningInfo info, Trial<?> trial, TuningProgress progress) {
    finished.put(trial.number(), trial);
    while (!started.isEmpty() && finished.containsKey(started.peek())) {
      report(finished.remove(started.poll()));
    }
  }

  /** Reports what is left once the tuning has ended, in order. */
  void finish() {
    while (!started.isEmpty()) {
      Trial<?> t = finished.remove(started.poll());
      if (t != null) {
        report(t);
      }
    }
  }

  private void report(Trial<?> trial) {
    if (!selection.includes(trial.number())) {
      verdicts.forget(trial.number());
      return;
    }
    try {
      registrar.run(
          trial.number(),
          trial.assignment(),
          (test, context) -> verdicts.report(test, TrialReport.of(trial)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
