package dev.parzen;

import dev.parzen.executor.SerialExecutor;
import dev.parzen.executor.ThreadExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The built-in local executors. */
public final class TrialExecutors {

  private TrialExecutors() {}

  /**
   * Evaluates trials one at a time on the thread that runs the tuning. Cannot stop a running trial,
   * so per-trial timeouts need {@link #threads()}.
   */
  public static TrialExecutor serial() {
    return new SerialExecutor();
  }

  /**
   * Evaluates trials on daemon threads, at most {@code floor(cores / threadsPerTrial)} at once so
   * that trials which use several cores do not oversubscribe the machine.
   */
  public static TrialExecutor threads() {
    return new ThreadExecutor(0);
  }

  /**
   * Evaluates up to {@code maxConcurrent} trials at once on daemon threads, whatever the core
   * count: for objectives that wait on I/O or a remote service.
   */
  public static TrialExecutor threads(int maxConcurrent) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException(
          "maxConcurrent must be >= 1 (was %d)".formatted(maxConcurrent));
    }
    return new ThreadExecutor(maxConcurrent);
  }

  /**
   * The executor called {@code name}: {@code "serial"}, {@code "threads"}, or one registered by a
   * {@link TrialExecutorProvider} on the class path (such as {@code "spark"} from parzen-spark).
   *
   * @throws IllegalArgumentException naming the known executors and the module that adds Spark
   */
  public static TrialExecutor named(String name, Map<String, String> configuration) {
    switch (name) {
      case "serial":
        return serial();
      case "threads":
        return threads();
      default:
        break;
    }
    List<String> known = new ArrayList<>(List.of("serial", "threads"));
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (TrialExecutorProvider p : ServiceLoader.load(TrialExecutorProvider.class, loader)) {
      if (p.name().equals(name)) {
        return p.create(configuration);
      }
      known.add(p.name());
    }
    String hint =
        name.equals("spark") ? "; add the dev.parzen:parzen-spark dependency to use Spark" : "";
    throw new IllegalArgumentException(
        "unknown executor '%s'; known: %s%s".formatted(name, known, hint));
  }
}
