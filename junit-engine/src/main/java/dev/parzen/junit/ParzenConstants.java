package dev.parzen.junit;

/**
 * The configuration parameters of the {@code parzen} engine, and their defaults.
 *
 * <p>Set them like any JUnit configuration parameter: in {@code junit-platform.properties} on the
 * test class path, as JVM system properties ({@code mvn test -Dparzen.maxEvals=5}), in Surefire's
 * {@code <configurationParameters>} or with the console launcher's {@code --config}. The engine
 * reads them once per test run; an invalid value is a discovery error that names the key, the value
 * and what is accepted.
 *
 * <p>Keys with one segment after {@code parzen.} are the engine's own and must be among those
 * below: an unknown one (a typo such as {@code parzen.maxEval}) is reported as a warning. Keys with
 * more segments ({@code parzen.mlflow.trackingUri}, {@code parzen.spark.master}) belong to the
 * modules that read them. Every {@code parzen.*} parameter is handed to the tuning, so the
 * listeners found on the class path (console progress, HTML report, MLflow) see it.
 */
public final class ParzenConstants {

  /** The prefix of every configuration parameter: {@value}. */
  public static final String PREFIX = "parzen.";

  /**
   * Overrides {@code maxEvals} of every {@code @Tune} method: {@value}. A whole number {@code >=
   * 1}. Meant for quick smoke runs in CI: {@code mvn test -Dparzen.maxEvals=5}.
   */
  public static final String MAX_EVALS = "parzen.maxEvals";

  /** Overrides {@code parallelism} of every {@code @Tune} method: {@value}. {@code >= 1}. */
  public static final String PARALLELISM = "parzen.parallelism";

  /**
   * Overrides {@code seed} of every {@code @Tune} method: {@value}. A whole number; a resumed
   * tuning keeps the seed its journal recorded.
   */
  public static final String SEED = "parzen.seed";

  /**
   * Where journals and reports go, one folder per tuning ({@code <dir>/<class>/<method>}):
   * {@value}. Relative paths are resolved against the working directory. Default {@value
   * #DEFAULT_DIR}.
   */
  public static final String DIR = "parzen.dir";

  /** The default of {@link #DIR}: {@value}. */
  public static final String DEFAULT_DIR = "target/parzen";

  /**
   * Whether a tuning continues from the journal an earlier run left under {@link #DIR}: {@value}.
   * {@code true} (the default) or {@code false}; with {@code false} the earlier journal is moved
   * aside, never deleted, and the tuning starts afresh.
   */
  public static final String RESUME = "parzen.resume";

  /**
   * How a failed or timed-out trial is reported: {@value}. {@code abort} (the default) reports it
   * as aborted with its cause, since failed trials are data the search learns from; {@code fail}
   * reports it as a failed test. Either way the {@code @Tune} method itself fails when no trial
   * succeeded or the failures exceed its {@code maxFailureRate}.
   */
  public static final String TRIAL_FAILURE = "parzen.trialFailure";

  /**
   * Where trials run: {@value}. {@code serial} runs each trial inside its own test, on the test
   * thread; {@code threads} runs them on a thread pool; other names come from executor modules on
   * the class path, such as {@code spark} from parzen-spark. When not set, serial tunings without
   * time limits run inside their tests and the others on threads.
   */
  public static final String EXECUTOR = "parzen.executor";

  /**
   * {@code false} silences the console progress and summary lines that the runtime prints for every
   * tuning: {@value}. Read by the runtime's console listener, which also reads {@code
   * parzen.progress.interval} (default {@code 5s}).
   */
  public static final String PROGRESS = "parzen.progress";

  /**
   * {@code false} turns off the HTML report that {@code parzen-report} writes into each tuning's
   * folder: {@value}. Read by the report's listener, which also reads {@code
   * parzen.report.interval}.
   */
  public static final String REPORT = "parzen.report";

  private ParzenConstants() {}
}
