package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectIteration;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectModule;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.parzen.junit.examples.QuadraticTestCase;
import dev.parzen.junit.examples.TwoTuningsTestCase;
import dev.parzen.junit.examples.other.OtherPackageTestCase;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.testkit.engine.Event;

class SelectorTests {

  private static final UniqueId ENGINE = UniqueId.forEngine(ParzenTestEngine.ENGINE_ID);
  private static final UniqueId QUADRATIC =
      ENGINE
          .append("class", QuadraticTestCase.class.getName())
          .append("tune", "quadratic(dev.parzen.junit.examples.Point)");

  private static final String POINT = "dev.parzen.junit.examples.Point";

  @TempDir Path dir;

  private List<String> tuneMethods(DiscoverySelector... selectors) {
    TestDescriptor root =
        ParzenTestKit.engine(dir).selectors(selectors).discover().getEngineDescriptor();
    return root.getDescendants().stream()
        .filter(d -> d.getUniqueId().getLastSegment().getType().equals("tune"))
        .map(d -> d.getParent().orElseThrow().getDisplayName() + "." + d.getDisplayName())
        .sorted()
        .toList();
  }

  private List<String> trialsRun(DiscoverySelector... selectors) {
    return ParzenTestKit.engine(dir).selectors(selectors).execute().testEvents().started().stream()
        .map(Event::getTestDescriptor)
        .map(d -> d.getUniqueId().getLastSegment().getValue())
        .toList();
  }

  @Test
  void aClassSelectorFindsEveryTuneMethodOfTheClass() {
    assertThat(tuneMethods(selectClass(TwoTuningsTestCase.class)))
        .containsExactly("TwoTuningsTestCase.first(Point)", "TwoTuningsTestCase.second(Point)");
  }

  @Test
  void aMethodSelectorFindsThatTuneMethodOnly() {
    assertThat(tuneMethods(selectMethod(TwoTuningsTestCase.class, "second", POINT)))
        .containsExactly("TwoTuningsTestCase.second(Point)");
  }

  @Test
  void aMethodSelectorForAMethodWithoutTuneFindsNothing() {
    assertThat(tuneMethods(selectMethod(TwoTuningsTestCase.class, "notATuning", POINT))).isEmpty();
  }

  @Test
  void aPackageSelectorFindsTheTuningClassesOfThePackage() {
    assertThat(tuneMethods(selectPackage(OtherPackageTestCase.class.getPackageName())))
        .containsExactly("OtherPackageTestCase.elsewhere(Point)");
  }

  @Test
  void aClasspathRootSelectorFindsTuningClassesUnderTheRoot() throws URISyntaxException {
    Path root =
        Path.of(
            QuadraticTestCase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> found =
        ParzenTestKit.engine(dir)
            .selectors(selectClasspathRoots(Set.of(root)).toArray(DiscoverySelector[]::new))
            .filters(
                ClassNameFilter.includeClassNamePatterns(".*\\.(Quadratic|OtherPackage)TestCase"))
            .discover()
            .getEngineDescriptor()
            .getChildren()
            .stream()
            .map(TestDescriptor::getDisplayName)
            .sorted()
            .toList();
    assertThat(found).containsExactly("OtherPackageTestCase", "QuadraticTestCase");
  }

  @Test
  void aModuleSelectorScansTheModuleAndFindsNoTuningInAModuleWithoutOne() {
    var results = ParzenTestKit.engine(dir).selectors(selectModule("java.logging")).discover();
    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    assertThat(results.getDiscoveryIssues()).isEmpty();
  }

  @Test
  void aUniqueIdSelectorForAClassFindsItsTuneMethods() {
    assertThat(
            tuneMethods(selectUniqueId(ENGINE.append("class", TwoTuningsTestCase.class.getName()))))
        .hasSize(2);
  }

  @Test
  void aUniqueIdSelectorForATuneMethodRunsTheWholeTuning() {
    assertThat(trialsRun(selectUniqueId(QUADRATIC))).containsExactly("#0", "#1", "#2", "#3", "#4");
  }

  @Test
  void aUniqueIdSelectorForATrialRunsThatTrialOnly() {
    assertThat(trialsRun(selectUniqueId(QUADRATIC.append("trial", "#3")))).containsExactly("#3");
  }

  @Test
  void anIterationSelectorRunsTheTrialsWithThoseNumbers() {
    assertThat(
            trialsRun(
                selectIteration(selectMethod(QuadraticTestCase.class, "quadratic", POINT), 1, 4)))
        .containsExactly("#1", "#4");
  }

  @Test
  void selectingATrialAndItsTuneMethodRunsTheWholeTuning() {
    assertThat(
            trialsRun(selectUniqueId(QUADRATIC.append("trial", "#3")), selectUniqueId(QUADRATIC)))
        .hasSize(5);
  }

  @Test
  void uniqueIdsOfOtherEnginesAreIgnoredWithoutIssues() {
    var results =
        ParzenTestKit.engine(dir)
            .selectors(
                selectUniqueId(
                    UniqueId.forEngine("junit-jupiter").append("class", "com.example.SomeTest")))
            .discover();
    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    assertThat(results.getDiscoveryIssues()).isEmpty();
  }

  @Test
  void malformedTrialSegmentsSelectNothing() {
    assertThat(trialsRun(selectUniqueId(QUADRATIC.append("trial", "seven")))).isEmpty();
  }
}
