package dev.parzen.junit.internal.discovery;

import dev.parzen.junit.internal.config.ConfigurationParser;
import dev.parzen.junit.internal.descriptor.ParzenEngineDescriptor;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Builds the engine's tree from a discovery request: the configuration, then classes and methods
 * from every kind of selector. Class path roots, packages and modules are scanned by JUnit's own
 * class container resolver, which applies class and package name filters.
 */
public final class ParzenDiscovery {

  private static final EngineDiscoveryRequestResolver<ParzenEngineDescriptor> RESOLVER =
      EngineDiscoveryRequestResolver.<ParzenEngineDescriptor>builder()
          .addClassContainerSelectorResolver(IsTuningClass.INSTANCE)
          .addSelectorResolver(
              context -> {
                DiscoveryIssueReporter issues = context.getIssueReporter();
                return new TuningClassResolver(
                    context.getClassNameFilter(),
                    new TuningClassValidator(issues),
                    new JupiterTags(issues));
              })
          .addSelectorResolver(
              context -> {
                DiscoveryIssueReporter issues = context.getIssueReporter();
                return new TuneMethodResolver(
                    new TuneMethodValidator(issues), new JupiterTags(issues));
              })
          .build();

  private ParzenDiscovery() {}

  /** The tree for {@code request}; problems are reported as discovery issues, never thrown. */
  public static ParzenEngineDescriptor discover(EngineDiscoveryRequest request, UniqueId engineId) {
    DiscoveryIssueReporter issues =
        DiscoveryIssueReporter.deduplicating(
            DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), engineId));
    ConfigurationParser.Parsed parsed =
        ConfigurationParser.parse(request.getConfigurationParameters());
    parsed.issues().forEach(issues::reportIssue);
    ParzenEngineDescriptor engine = new ParzenEngineDescriptor(engineId, parsed.configuration());
    RESOLVER.resolve(request, engine, issues);
    return engine;
  }
}
