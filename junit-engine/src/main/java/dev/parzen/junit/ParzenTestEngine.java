package dev.parzen.junit;

import com.google.auto.service.AutoService;
import dev.parzen.junit.internal.config.ConfigurationParser;
import dev.parzen.junit.internal.config.EngineConfiguration;
import dev.parzen.junit.internal.descriptor.ParzenEngineDescriptor;
import dev.parzen.junit.internal.discovery.ParzenDiscovery;
import dev.parzen.junit.internal.execution.ParzenExecutionContext;
import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The {@code parzen} JUnit Platform engine: runs each {@code @Tune} method as a tuning and reports
 * every trial as a test, in IDEs, Maven Surefire, Gradle and the console launcher alike.
 *
 * <p>The tree is class → {@code @Tune} method → one test per trial, named after its parameters
 * ({@code #7 maxDepth=4, eta=0.031}). A trial's unique id ends in {@code [trial:#7]}; selecting it
 * (an IDE's rerun) evaluates that trial again from the tuning's journal. Configuration parameters
 * are listed in {@link ParzenConstants}.
 *
 * <p>Registered with {@link java.util.ServiceLoader}: having {@code parzen-junit-engine} on the
 * test class path is all it takes.
 */
@AutoService(TestEngine.class)
public final class ParzenTestEngine extends HierarchicalTestEngine<ParzenExecutionContext> {

  /** The engine id: {@value}, for {@code --include-engine} and Surefire's engine filters. */
  public static final String ENGINE_ID = "parzen";

  /** Created by the JUnit Platform. */
  public ParzenTestEngine() {}

  @Override
  public String getId() {
    return ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("dev.parzen");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("parzen-junit-engine");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    return ParzenDiscovery.discover(request, uniqueId);
  }

  @Override
  protected ParzenExecutionContext createExecutionContext(ExecutionRequest request) {
    EngineConfiguration configuration =
        request.getRootTestDescriptor() instanceof ParzenEngineDescriptor root
            ? root.configuration()
            : ConfigurationParser.parse(request.getConfigurationParameters()).configuration();
    return new ParzenExecutionContext(
        configuration, request.getEngineExecutionListener(), request.getCancellationToken());
  }
}
