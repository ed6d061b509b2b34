package dev.parzen.junit.internal.execution;

import dev.parzen.junit.internal.config.EngineConfiguration;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/** What every node of one test run shares: the configuration, the listener, cancellation. */
public final class ParzenExecutionContext implements EngineExecutionContext {

  private final EngineConfiguration configuration;
  private final EngineExecutionListener listener;
  private final CancellationToken cancellation;
  private final ConfiguredExecutor executors;

  /** The context of a run with these parts. */
  public ParzenExecutionContext(
      EngineConfiguration configuration,
      EngineExecutionListener listener,
      CancellationToken cancellation) {
    this.configuration = configuration;
    this.listener = listener;
    this.cancellation = cancellation;
    this.executors = new ConfiguredExecutor(configuration);
  }

  /** The engine configuration. */
  public EngineConfiguration configuration() {
    return configuration;
  }

  /** The executor configured with {@code parzen.executor}, shared by every tuning of the run. */
  public ConfiguredExecutor configuredExecutor() {
    return executors;
  }

  /** True once the platform asked to stop, e.g. the console launcher's {@code --fail-fast}. */
  public boolean cancelled() {
    return cancellation.isCancellationRequested();
  }

  /** Publishes {@code entry} for {@code node}: IDEs and the console launcher show it. */
  public void publish(TestDescriptor node, ReportEntry entry) {
    listener.reportingEntryPublished(node, entry);
  }
}
