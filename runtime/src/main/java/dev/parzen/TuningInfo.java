package dev.parzen;

import dev.parzen.annotations.Direction;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What listeners know about a running tuning: its name, space and settings.
 *
 * @param name the tuning's name, e.g. {@code XgbTuning.logLoss}
 * @param space the space searched
 * @param direction the objective's direction
 * @param algorithm the algorithm's name
 * @param seed the run seed
 * @param maxEvals the budget, resumed trials included
 * @param advice the max-evals advice when it chose the budget, else {@code null}
 * @param parallelism how many trials run at once
 * @param threadsPerTrial the cores each trial may use
 * @param executor the executor's description
 * @param outputDirectory where reports for this tuning go
 * @param journal the journal file, or {@code null} when none is kept
 * @param resumedTrials trials read back from the journal
 * @param startedAt when this run started
 * @param configuration {@code parzen.*} settings for listeners (tracking URIs and the like)
 */
public record TuningInfo(
    String name,
    Space<?> space,
    Direction direction,
    String algorithm,
    long seed,
    int maxEvals,
    MaxEvals advice,
    int parallelism,
    int threadsPerTrial,
    String executor,
    Path outputDirectory,
    Path journal,
    int resumedTrials,
    Instant startedAt,
    Map<String, String> configuration) {

  /** Validates the record. */
  public TuningInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(space, "space");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    configuration = Map.copyOf(configuration);
  }

  /**
   * A setting by key: the tuning's configuration first, then the JVM system property, then the
   * environment variable of the same name.
   */
  public Optional<String> setting(String key) {
    String v = configuration.get(key);
    if (v == null) {
      v = System.getProperty(key);
    }
    if (v == null) {
      v = System.getenv(key);
    }
    return Optional.ofNullable(v).filter(s -> !s.isBlank());
  }
}
