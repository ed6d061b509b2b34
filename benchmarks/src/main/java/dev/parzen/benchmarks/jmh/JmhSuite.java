package dev.parzen.benchmarks.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of this package and summarises them in Markdown: short settings by
 * default (one fork, two warm-ups of two seconds, three measured iterations of a second; about five
 * minutes in all), full settings with {@code --full=true} (two forks, five warm-ups and five
 * measurements of two seconds each; about twenty minutes). Warm-ups are long because on a busy
 * machine the JIT compiler's threads get little CPU and TPE's code compiles late. Writes {@code
 * jmh.json} (JMH's own format) and {@code jmh.md} into the output directory and prints the summary.
 *
 * <p>From the repository root: {@code mvn -q -B -pl benchmarks -am process-test-classes -Pjmh},
 * with {@code -Djmh.full=true} for the full settings and {@code -Djmh.include=REGEX} to run some
 * benchmarks only. Arguments: {@code --full=BOOLEAN}, {@code --include=REGEX}, {@code --out=DIR}.
 */
public final class JmhSuite {

  private JmhSuite() {}

  /** Runs the suite with the arguments described above. */
  public static void main(String[] args) throws RunnerException, IOException {
    boolean full = false;
    String include = JmhSuite.class.getPackageName();
    Path out = Path.of("target");
    for (String arg : args) {
      String value = arg.substring(arg.indexOf('=') + 1);
      if (arg.startsWith("--full=")) {
        full = Boolean.parseBoolean(value);
      } else if (arg.startsWith("--include=")) {
        include = value;
      } else if (arg.startsWith("--out=")) {
        out = Path.of(value);
      } else {
        throw new IllegalArgumentException(
            "unknown argument %s; use --full=true|false, --include=REGEX or --out=DIR"
                .formatted(arg));
      }
    }
    Files.createDirectories(out);
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(include)
            .resultFormat(ResultFormatType.JSON)
            .result(out.resolve("jmh.json").toString())
            .jvmArgsAppend("-Xmx2g");
    if (full) {
      options.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(2));
      options.measurementIterations(5).measurementTime(TimeValue.seconds(2));
    } else {
      options.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2));
      options.measurementIterations(3).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    String summary = JmhSummary.of(results, full);
    System.out.print(summary);
    Files.writeString(out.resolve("jmh.md"), summary, StandardCharsets.UTF_8);
  }
}
