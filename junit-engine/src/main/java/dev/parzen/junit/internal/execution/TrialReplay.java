package dev.parzen.junit.internal.execution;

import dev.parzen.NoSuccessfulTrialsException;
import dev.parzen.PendingTrial;
import dev.parzen.Trial;
import dev.parzen.TrialOutcome;
import dev.parzen.TrialTask;
import dev.parzen.TuningResult;
import dev.parzen.journal.Journal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Reruns single trials selected by unique id ({@code [trial:#7]}, an IDE's "rerun") or iteration
 * index. A trial the journal recorded is evaluated again alone, with its recorded parameters and
 * its original objective seed; the journal is left as it was. A trial the journal does not have is
 * reached by running the tuning up to it (its earlier trials run, unreported, and are journaled),
 * which reproduces it when the journal or a fixed seed pins the sequence.
 */
final class TrialReplay<T> {

  private final TuneMethodExecution<T> execution;

  TrialReplay(TuneMethodExecution<T> execution) {
    this.execution = execution;
  }

  void run(SortedSet<Integer> numbers) throws InterruptedException {
    TuningSpec spec = execution.spec();
    Optional<Journal.Recorded<T>> recorded =
        Files.isRegularFile(spec.journal())
            ? Optional.of(Journal.read(spec.journal(), execution.space()))
            : Optional.empty();
    Map<Integer, Trial<T>> byNumber = new HashMap<>();
    recorded.ifPresent(r -> r.trials().forEach(t -> byNumber.put(t.number(), t)));
    List<Integer> missing = new ArrayList<>();
    for (int n : numbers) {
      if (execution.context().cancelled()) {
        return;
      }
      Trial<T> trial = byNumber.get(n);
      if (trial == null) {
        missing.add(n);
      } else {
        replay(trial, recorded.get().header().seed());
      }
    }
    if (!missing.isEmpty() && !execution.context().cancelled()) {
      reach(missing, recorded.isPresent() && spec.configuration().resume());
    }
  }

  private void replay(Trial<T> recorded, long runSeed) throws InterruptedException {
    TuningSpec spec = execution.spec();
    execution
        .registrar()
        .run(
            recorded.number(),
            recorded.assignment(),
            (test, context) -> {
              context.publish(
                  test,
                  ReportEntry.from(
                      Map.of(
                          "replayOf", spec.journal().toString(), "recorded", recorded.toString())));
              PendingTrial p =
                  PendingTrial.replay(runSeed, recorded.number(), recorded.assignment());
              TrialOutcome outcome =
                  new TrialTask<>(
                          p,
                          spec.name(),
                          execution.space(),
                          execution.objective(),
                          spec.attributes().threadsPerTrial(),
                          Map.of(),
                          ignored -> {})
                      .run();
              execution
                  .verdicts()
                  .report(test, TrialReport.of(Trial.of(p, outcome, execution.space())));
            });
  }

  private void reach(List<Integer> missing, boolean resumesJournal) {
    TuningSpec spec = execution.spec();
    int last = missing.get(missing.size() - 1);
    if (!resumesJournal && spec.attributes().seed().isEmpty()) {
      throw new IllegalStateException(
          ("cannot rerun trial(s) %s of %s: no journal at %s holds them and the tuning has no"
                  + " fixed seed, so they cannot be reproduced. Run the whole tuning, or fix its"
                  + " seed with @Tune(seed = ...) or -Dparzen.seed=...")
              .formatted(missing, spec.name(), spec.journal()));
    }
    execution
        .context()
        .publish(
            execution.node(),
            ReportEntry.from(
                "replay",
                "trial(s) %s are not in %s: running the tuning up to trial #%d to reach them"
                    .formatted(missing, spec.journal(), last)));
    String stopped;
    try {
      TuningResult<T> result = execution.tune(OptionalInt.of(last + 1));
      stopped =
          "%d trials (%s)".formatted(result.trials().size(), result.stopReason().description());
    } catch (NoSuccessfulTrialsException e) {
      // The selected trials' tests report their own failures; the earlier trials are not tested.
      stopped = "%d trials, none of them successful".formatted(e.trials().size());
    }
    List<Integer> unreached =
        missing.stream().filter(n -> !execution.registrar().registered(n)).toList();
    if (!unreached.isEmpty()) {
      throw new IllegalStateException(
          "trial(s) %s of %s were not reached: the tuning stopped after %s"
              .formatted(unreached, spec.name(), stopped));
    }
  }
}
