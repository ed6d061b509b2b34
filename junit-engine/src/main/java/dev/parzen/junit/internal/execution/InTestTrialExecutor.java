package dev.parzen.junit.internal.execution;

import dev.parzen.Trial;
import dev.parzen.TrialExecutor;
import dev.parzen.TrialOutcome;
import dev.parzen.TrialStatus;
import dev.parzen.TrialTask;
import dev.parzen.junit.internal.descriptor.TrialSelection;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs each trial on the test thread inside its own dynamic test, so that the IDE shows it running,
 * its timing is real and its output belongs to it. Serial by nature: the tuning waits for each
 * trial before suggesting the next.
 */
final class InTestTrialExecutor implements TrialExecutor {

  private final TrialRegistrar registrar;
  private final TrialSelection selection;
  private final TrialVerdicts verdicts;

  InTestTrialExecutor(TrialRegistrar registrar, TrialSelection selection, TrialVerdicts verdicts) {
    this.registrar = registrar;
    this.selection = selection;
    this.verdicts = verdicts;
  }

  @Override
  public int capacity(int parallelism, int threadsPerTrial) {
    return 1;
  }

  @Override
  public void execute(TrialTask<?> task) {
    int number = task.trialNumber();
    if (!selection.includes(number)) {
      // Replaying up to a selected trial: earlier trials run, but are not tests of this request.
      task.complete(task.run());
      verdicts.forget(number);
      return;
    }
    boolean ran;
    try {
      ran =
          registrar.run(
              number,
              task.assignment(),
              (test, context) -> {
                TrialOutcome outcome = task.run();
                task.complete(outcome);
                verdicts.report(
                    test, TrialReport.of(Trial.of(task.pending(), outcome, task.space())));
              });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ran = false;
    }
    if (!ran) {
      task.complete(
          new TrialOutcome.Stopped(
              TrialStatus.CANCELLED,
              "the test run was cancelled before this trial started",
              Instant.now(),
              Duration.ZERO));
    }
  }

  @Override
  public boolean canInterrupt() {
    return false;
  }

  @Override
  public String describe() {
    return "serial, in JUnit tests";
  }

  @Override
  public void close() {}
}
