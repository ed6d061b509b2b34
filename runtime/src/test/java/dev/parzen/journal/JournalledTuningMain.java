package dev.parzen.journal;

import dev.parzen.Assignment;
import dev.parzen.Parzen;
import dev.parzen.PendingTrial;
import dev.parzen.Space;
import dev.parzen.Trial;
import dev.parzen.TuningInfo;
import dev.parzen.TuningListener;
import dev.parzen.TuningProgress;
import java.nio.file.Path;

/**
 * A tuning with a journal, run in a child JVM by the crash and shutdown tests. It prints {@code
 * started #n} before a trial runs and {@code finished #n} once the trial is in the journal.
 *
 * <p>Arguments: journal path, maxEvals, milliseconds each trial sleeps.
 */
public final class JournalledTuningMain {

  private JournalledTuningMain() {}

  /** Runs the tuning. */
  public static void main(String[] args) {
    Path journal = Path.of(args[0]);
    int maxEvals = Integer.parseInt(args[1]);
    long sleep = Long.parseLong(args[2]);
    Space<Assignment> space = Space.builder().uniform("x", -5, 5).choice("k", "a", "b").build();
    Parzen.minimize(
            space,
            p -> {
              Thread.sleep(sleep);
              return p.getDouble("x") * p.getDouble("x");
            })
        .seed(3)
        .maxEvals(maxEvals)
        .journal(journal)
        .discoverListeners(false)
        .listener(new Printer())
        .run();
    System.out.println("done");
  }

  private static final class Printer implements TuningListener {
    @Override
    public void trialStarted(TuningInfo info, PendingTrial trial) {
      System.out.println("started #" + trial.number());
    }

    @Override
    public void trialFinished(TuningInfo info, Trial<?> trial, TuningProgress progress) {
      System.out.println("finished #" + trial.number());
    }
  }
}
