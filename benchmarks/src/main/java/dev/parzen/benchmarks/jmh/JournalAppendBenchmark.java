package dev.parzen.benchmarks.jmh;

import dev.parzen.Algorithms;
import dev.parzen.Assignment;
import dev.parzen.Loss;
import dev.parzen.PendingTrial;
import dev.parzen.Space;
import dev.parzen.Study;
import dev.parzen.Trial;
import dev.parzen.annotations.Direction;
import dev.parzen.journal.Journal;
import dev.parzen.journal.JournalHeader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The cost of recording one finished trial in the journal: serialising it to a JSON line and
 * writing it to the operating system (the journal does not force it to disk).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JournalAppendBenchmark {

  /** Numeric parameters of the trial written. */
  @Param({"10"})
  public int dimensions;

  private Path dir;
  private Trial<Assignment> trial;
  private Journal journal;

  /** A finished trial to append, and a fresh journal for each iteration. */
  @Setup(Level.Iteration)
  public void open() throws IOException {
    Space<Assignment> space = SyntheticSpaces.of(dimensions, false);
    Study<Assignment> study = Study.builder(space).algorithm(Algorithms.random()).seed(1).build();
    PendingTrial pending = study.ask();
    trial = study.tell(pending, Loss.of(SyntheticSpaces.loss(pending.assignment())));
    dir = Files.createTempDirectory("parzen-journal-bench");
    JournalHeader header =
        JournalHeader.create("bench", space, "random", 1, Direction.MINIMIZE, -1, 1);
    journal = Journal.open(dir.resolve("journal.jsonl"), header, false, space).journal();
  }

  /** Closes and deletes the iteration's journal. */
  @TearDown(Level.Iteration)
  public void close() throws IOException {
    journal.close();
    Files.deleteIfExists(journal.file());
    Files.deleteIfExists(dir);
  }

  /** Appends the trial once. */
  @Benchmark
  public void append() {
    journal.append(trial);
  }
}
