package dev.parzen;

import dev.parzen.diagnostics.Diagnostics;
import dev.parzen.journal.Journal;
import dev.parzen.journal.JournalHeader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything a run decides before its first trial: the seed, the budget, the journal and what it
 * resumes, the study; and, at the end, the result with its diagnostics.
 */
final class RunSetup<T> {

  private final Tuning<T> cfg;
  private final List<Diagnostic> diagnostics;
  private final long seed;
  private final int maxEvals;
  private final MaxEvals advice;
  private final Algorithm algorithm;
  private final Journal journal;
  private final Study<T> study;
  private final int resumed;
  private final Instant startedAt = Instant.now();

  private RunSetup(Tuning<T> cfg, List<Diagnostic> diagnostics) {
    this.cfg = cfg;
    this.diagnostics = diagnostics;
    this.algorithm = cfg.algorithm != null ? cfg.algorithm : Algorithms.tpe();
    this.advice = cfg.maxEvals == null ? MaxEvals.advise(cfg.space, cfg.parallelism) : null;
    this.maxEvals = advice != null ? advice.midpoint() : cfg.maxEvals;
    long requestedSeed = TuningRun.seedOf(cfg);
    Journal.Opened<T> opened =
        cfg.journal == null
            ? null
            : Journal.open(cfg.journal, header(requestedSeed), cfg.resume, cfg.space);
    this.journal = opened == null ? null : opened.journal();
    List<Trial<T>> previous = opened == null ? List.of() : opened.trials();
    this.seed = opened == null ? requestedSeed : opened.seed();
    this.resumed = previous.size();
    if (opened != null) {
      opened
          .warnings()
          .forEach(w -> diagnostics.add(new Diagnostic(Diagnostic.Kind.MAX_EVALS, null, w)));
    }
    Study.Builder<T> b =
        Study.builder(cfg.space)
            .name(cfg.name)
            .direction(cfg.direction)
            .algorithm(algorithm)
            .seed(seed)
            .resume(previous);
    if (previous.isEmpty()) {
      b.initialPoints(initialPoints());
    }
    if (journal != null) {
      b.recorder(journal::append);
    }
    this.study = b.build();
  }

  static <T> RunSetup<T> prepare(Tuning<T> cfg, List<Diagnostic> diagnostics) {
    return new RunSetup<>(cfg, diagnostics);
  }

  Study<T> study() {
    return study;
  }

  Journal journal() {
    return journal;
  }

  int maxEvals() {
    return maxEvals;
  }

  TuningInfo info(int parallelism, String executor) {
    return new TuningInfo(
        cfg.name,
        cfg.space,
        cfg.direction,
        algorithm.name(),
        seed,
        maxEvals,
        advice,
        parallelism,
        cfg.threadsPerTrial,
        executor,
        cfg.outputDirectory != null
            ? cfg.outputDirectory
            : TuningRun.defaultOutputDirectory(cfg.name),
        cfg.journal,
        resumed,
        startedAt,
        cfg.configuration);
  }

  TuningResult<T> result(StopReason stop, Duration elapsed) {
    Trials<T> trials = study.trials();
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    if (advice != null) {
      all.add(new Diagnostic(Diagnostic.Kind.MAX_EVALS, null, advice.describe()));
    }
    all.addAll(Diagnostics.parallelism(cfg.space, cfg.parallelism, maxEvals));
    all.addAll(Diagnostics.inspect(cfg.space, trials));
    return new TuningResult<>(
        cfg.name, trials, stop, seed, maxEvals, advice, elapsed, all, algorithm.name());
  }

  private List<Assignment> initialPoints() {
    List<Assignment> points = new ArrayList<>();
    if (cfg.evaluateDefaults) {
      Optional<Assignment> defaults = cfg.space.defaults();
      defaults.ifPresent(points::add);
    }
    for (Assignment a : cfg.initialPoints) {
      if (!points.contains(a)) {
        points.add(a);
      }
    }
    return points;
  }

  private JournalHeader header(long seed) {
    return JournalHeader.create(
        cfg.name,
        cfg.space,
        algorithm.name(),
        seed,
        cfg.direction,
        cfg.maxEvals == null ? -1 : cfg.maxEvals,
        cfg.parallelism);
  }
}
