package dev.parzen.benchmarks.jmh;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Loss;
import dev.parzen.Parzen;
import dev.parzen.PendingTrial;
import dev.parzen.Space;
import dev.parzen.Study;
import dev.parzen.Tuning;
import dev.parzen.console.ConsoleProgress;
import dev.parzen.report.HtmlReportListener;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What each layer adds per trial to a trivial objective (a 10-dimensional sphere), in tunings of
 * {@value #TRIALS} trials with random search, so that only the machinery is timed: the objective
 * alone, the {@link Study} ask-and-tell loop, {@code Parzen.minimize} without journal or listeners,
 * and {@code Parzen.minimize} with what a user has: a journal, console progress and the HTML
 * report.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TuningOverheadBenchmark {

  /** Trials per tuning; every score is per trial. */
  public static final int TRIALS = 200;

  private final Space<Assignment> space = SyntheticSpaces.of(10, false);
  private final PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
  private List<Assignment> points;
  private Path dir;
  private int runs;

  /** Points for the plain loop and a directory for journals and reports. */
  @Setup(Level.Iteration)
  public void setUp() throws IOException {
    points = new ArrayList<>();
    for (int i = 0; i < TRIALS; i++) {
      points.add(Algorithms.random().suggest(space, List.of(), i));
    }
    dir = Files.createTempDirectory("parzen-overhead-bench");
  }

  /** Deletes the iteration's journals and reports. */
  @TearDown(Level.Iteration)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The objective called in a loop on points drawn beforehand. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public double objectiveAlone() {
    double sum = 0;
    for (Assignment p : points) {
      sum += SyntheticSpaces.loss(p);
    }
    return sum;
  }

  /** Random search through {@link Study#ask()} and {@link Study#tell}, on this thread. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public Object study() {
    Study<Assignment> study =
        Study.builder(space).algorithm(Algorithms.random()).seed(runs++).build();
    for (int i = 0; i < TRIALS; i++) {
      PendingTrial p = study.ask();
      study.tell(p, Loss.of(SyntheticSpaces.loss(p.assignment())));
    }
    return study.best();
  }

  /** {@code Parzen.minimize} with neither journal nor listeners. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public Object minimize() {
    return tuning().discoverListeners(false).run();
  }

  /** {@code Parzen.minimize} with a journal, console progress and the HTML report. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public Object minimizeWithJournalAndListeners() {
    Path out = dir.resolve("run-" + runs);
    return tuning()
        .journal(out.resolve("journal.jsonl"))
        .outputDirectory(out)
        .discoverListeners(false)
        .listener(new ConsoleProgress(nowhere, false))
        .listener(new HtmlReportListener())
        .run();
  }

  private Tuning<Assignment> tuning() {
    return Parzen.minimize(space, SyntheticSpaces::loss)
        .algorithm(Algorithms.random())
        .maxEvals(TRIALS)
        .seed(runs++);
  }
}
