package dev.parzen.junit.internal.config;

import dev.parzen.junit.ParzenConstants;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The engine's configuration, read once per test run from the {@code parzen.*} configuration
 * parameters (see {@link ParzenConstants}). Immutable.
 *
 * @param maxEvals overrides every {@code @Tune(maxEvals)} when present
 * @param parallelism overrides every {@code @Tune(parallelism)} when present
 * @param seed overrides every {@code @Tune(seed)} when present
 * @param dir the folder for journals and reports
 * @param resume whether tunings continue from their journals
 * @param trialFailure how failed trials are reported
 * @param executor the executor name when one was configured
 * @param settings every {@code parzen.*} parameter, for the tuning's listeners
 */
public record EngineConfiguration(
    OptionalInt maxEvals,
    OptionalInt parallelism,
    OptionalLong seed,
    Path dir,
    boolean resume,
    TrialFailureMode trialFailure,
    Optional<String> executor,
    Map<String, String> settings) {

  /** Validates the record and copies the settings. */
  public EngineConfiguration {
    Objects.requireNonNull(maxEvals, "maxEvals");
    Objects.requireNonNull(parallelism, "parallelism");
    Objects.requireNonNull(seed, "seed");
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(trialFailure, "trialFailure");
    Objects.requireNonNull(executor, "executor");
    settings = Map.copyOf(settings);
  }

  /** The configuration when no parameter is set. */
  public static EngineConfiguration defaults() {
    return new EngineConfiguration(
        OptionalInt.empty(),
        OptionalInt.empty(),
        OptionalLong.empty(),
        Path.of(ParzenConstants.DEFAULT_DIR),
        true,
        TrialFailureMode.ABORT,
        Optional.empty(),
        Map.of());
  }
}
