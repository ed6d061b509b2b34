package dev.parzen.benchmarks.jmh;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Loss;
import dev.parzen.Parzen;
import dev.parzen.PendingTrial;
import dev.parzen.Space;
import dev.parzen.Study;
import dev.parzen.Tuning;
import dev.parzen.benchmarks.jmh.engine.SphereTuning;
import dev.parzen.junit.ParzenConstants;
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
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
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
 * {@code Parzen.minimize} with what a user has (a journal, and the console progress and HTML report
 * found on the class path), and a {@code @Tune} method run by the JUnit engine through the JUnit
 * Platform launcher (journal, console progress and report included). Console output goes nowhere
 * while an iteration runs. {@link ThreadCpuTime} adds the calling thread's CPU time, on which
 * serial tunings run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TuningOverheadBenchmark {

  /** Trials per tuning; every score is per trial. */
  public static final int TRIALS = 200;

  private final Space<Assignment> space = SyntheticSpaces.of(10, false);
  private final PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
  private final Launcher launcher = LauncherFactory.create();
  private PrintStream console;
  private List<Assignment> points;
  private Path dir;
  private int runs;

  /** Points for the plain loop, a directory for journals and reports, console output muted. */
  @Setup(Level.Iteration)
  public void setUp() throws IOException {
    points = new ArrayList<>();
    for (int i = 0; i < TRIALS; i++) {
      points.add(Algorithms.random().suggest(space, List.of(), i));
    }
    dir = Files.createTempDirectory("parzen-overhead-bench");
    console = System.out;
    System.setOut(nowhere);
  }

  /** Restores the console; deletes the iteration's journals and reports. */
  @TearDown(Level.Iteration)
  public void tearDown() throws IOException {
    System.setOut(console);
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** The objective called in a loop on points drawn beforehand. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public double objectiveAlone(ThreadCpuTime cpu) {
    long start = ThreadCpuTime.now();
    double sum = 0;
    for (Assignment p : points) {
      sum += SyntheticSpaces.loss(p);
    }
    cpu.add(start, TRIALS);
    return sum;
  }

  /** Random search through {@link Study#ask()} and {@link Study#tell}, on this thread. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public Object study(ThreadCpuTime cpu) {
    long start = ThreadCpuTime.now();
    Study<Assignment> study =
        Study.builder(space).algorithm(Algorithms.random()).seed(runs++).build();
    for (int i = 0; i < TRIALS; i++) {
      PendingTrial p = study.ask();
      study.tell(p, Loss.of(SyntheticSpaces.loss(p.assignment())));
    }
    cpu.add(start, TRIALS);
    return study.best();
  }

  /** {@code Parzen.minimize} with neither journal nor listeners. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public Object minimize(ThreadCpuTime cpu) {
    long start = ThreadCpuTime.now();
    Object result = tuning().discoverListeners(false).run();
    cpu.add(start, TRIALS);
    return result;
  }

  /** {@code Parzen.minimize} with a journal and the listeners found on the class path. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public Object minimizeWithJournalAndListeners(ThreadCpuTime cpu) {
    long start = ThreadCpuTime.now();
    Path out = dir.resolve("run-" + runs);
    Object result = tuning().journal(out.resolve("journal.jsonl")).outputDirectory(out).run();
    cpu.add(start, TRIALS);
    return result;
  }

  /** {@link SphereTuning} through the JUnit Platform launcher and the Parzen engine. */
  @Benchmark
  @OperationsPerInvocation(TRIALS)
  public TestExecutionSummary engine(ThreadCpuTime cpu) {
    long start = ThreadCpuTime.now();
    TestExecutionSummary summary = runEngine(launcher, dir.resolve("run-" + runs++));
    cpu.add(start, TRIALS);
    return summary;
  }

  /** Runs {@link SphereTuning} with its journal and reports under {@code out}. */
  public static TestExecutionSummary runEngine(Launcher launcher, Path out) {
    SummaryGeneratingListener summary = new SummaryGeneratingListener();
    launcher.execute(
        request()
            .selectors(selectClass(SphereTuning.class))
            .configurationParameter(ParzenConstants.DIR, out.toString())
            .build(),
        summary);
    return summary.getSummary();
  }

  private Tuning<Assignment> tuning() {
    return Parzen.minimize(space, SyntheticSpaces::loss)
        .algorithm(Algorithms.random())
        .maxEvals(TRIALS)
        .seed(runs++);
  }
}
