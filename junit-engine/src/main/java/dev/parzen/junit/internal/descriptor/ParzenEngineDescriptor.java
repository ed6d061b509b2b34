package dev.parzen.junit.internal.descriptor;

import dev.parzen.junit.internal.config.EngineConfiguration;
import dev.parzen.junit.internal.execution.ParzenExecutionContext;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root of the engine's tree; carries the configuration read at discovery to execution. */
public final class ParzenEngineDescriptor extends EngineDescriptor
    implements Node<ParzenExecutionContext> {

  private final EngineConfiguration configuration;

  /** The root with id {@code uniqueId}, run with {@code configuration}. */
  public ParzenEngineDescriptor(UniqueId uniqueId, EngineConfiguration configuration) {
    super(uniqueId, "Parzen");
    this.configuration = configuration;
  }

  /** The configuration read at discovery. */
  public EngineConfiguration configuration() {
    return configuration;
  }

  // --- Node ---

  @Override
  public void after(ParzenExecutionContext context) {
    context.configuredExecutor().close();
  }
}
