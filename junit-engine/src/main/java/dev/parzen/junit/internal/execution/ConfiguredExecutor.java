package dev.parzen.junit.internal.execution;

import dev.parzen.TrialExecutor;
import dev.parzen.TrialExecutors;
import dev.parzen.junit.internal.config.EngineConfiguration;
import java.util.Optional;

/**
 * The executor named by {@code parzen.executor}, created on first use and closed when the run ends:
 * a Spark context or thread pool is costly, so all tunings of a run share it.
 */
public final class ConfiguredExecutor implements AutoCloseable {

  /** The executor name that runs trials inside their tests. */
  static final String SERIAL = "serial";

  private final EngineConfiguration configuration;
  private TrialExecutor executor;
  private RuntimeException failure;

  ConfiguredExecutor(EngineConfiguration configuration) {
    this.configuration = configuration;
  }

  /**
   * The configured executor; empty when none is configured or it is {@code serial}, which the
   * engine runs itself.
   *
   * @throws IllegalArgumentException for an unknown name, naming the known ones
   */
  synchronized Optional<TrialExecutor> get() {
    Optional<String> name = configuration.executor().filter(n -> !n.equals(SERIAL));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (failure != null) {
      throw failure;
    }
    if (executor == null) {
      try {
        executor = TrialExecutors.named(name.get(), configuration.settings());
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      }
    }
    return Optional.of(executor);
  }

  @Override
  public synchronized void close() {
    if (executor != null) {
      executor.close();
      executor = null;
    }
  }
}
