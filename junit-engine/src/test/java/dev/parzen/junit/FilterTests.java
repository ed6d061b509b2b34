package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.parzen.junit.examples.QuadraticTestCase;
import dev.parzen.junit.examples.TaggedTestCase;
import dev.parzen.junit.examples.other.OtherPackageTestCase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.Filter;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.Event;

class FilterTests {

  @TempDir Path dir;

  private List<String> tuningsRun(Filter<?> filter, DiscoverySelector... selectors) {
    return ParzenTestKit.engine(dir)
        .selectors(selectors)
        .filters(filter)
        .execute()
        .containerEvents()
        .started()
        .stream()
        .map(Event::getTestDescriptor)
        .filter(d -> d.getUniqueId().getLastSegment().getType().equals("tune"))
        .map(TestDescriptor::getDisplayName)
        .sorted()
        .toList();
  }

  @Test
  void tagsOfTheClassAndTheMethodAreOnTheTuneMethod() {
    TestDescriptor c =
        ParzenTestKit.engine(dir)
            .selectors(selectClass(TaggedTestCase.class))
            .discover()
            .getEngineDescriptor()
            .getChildren()
            .iterator()
            .next();
    assertThat(c.getTags()).containsExactly(TestTag.create("slow"));
    assertThat(c.getChildren())
        .filteredOn(d -> d.getDisplayName().startsWith("onGpu"))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.getTags())
                    .containsExactlyInAnyOrder(TestTag.create("slow"), TestTag.create("gpu")));
  }

  @Test
  void anIncludedTagRunsOnlyTheTuningsThatHaveIt() {
    assertThat(tuningsRun(TagFilter.includeTags("gpu"), selectClass(TaggedTestCase.class)))
        .containsExactly("onGpu(Point)");
  }

  @Test
  void anExcludedTagLeavesOutTheTuningsThatHaveIt() {
    assertThat(tuningsRun(TagFilter.excludeTags("gpu"), selectClass(TaggedTestCase.class)))
        .containsExactly("onCpu(Point)");
  }

  @Test
  void aClassTagAppliesToEveryTuningOfTheClass() {
    assertThat(tuningsRun(TagFilter.excludeTags("slow"), selectClass(TaggedTestCase.class)))
        .isEmpty();
  }

  @Test
  void aTagExpressionSelectsAcrossClassAndMethodTags() {
    assertThat(tuningsRun(TagFilter.includeTags("slow & !gpu"), selectClass(TaggedTestCase.class)))
        .containsExactly("onCpu(Point)");
  }

  @Test
  void aClassNameFilterAppliesToSelectedClasses() {
    assertThat(
            tuningsRun(
                ClassNameFilter.excludeClassNamePatterns(".*Quadratic.*"),
                selectClass(QuadraticTestCase.class),
                selectClass(OtherPackageTestCase.class)))
        .containsExactly("elsewhere(Point)");
  }

  @Test
  void aClassNameFilterAppliesToScannedPackages() {
    assertThat(
            tuningsRun(
                ClassNameFilter.includeClassNamePatterns(".*Other.*"),
                selectPackage("dev.parzen.junit.examples")))
        .containsExactly("elsewhere(Point)");
  }

  @Test
  void aPackageNameFilterAppliesToScannedPackages() {
    assertThat(
            tuningsRun(
                PackageNameFilter.includePackageNames("dev.parzen.junit.examples.other"),
                selectPackage("dev.parzen.junit.examples")))
        .containsExactly("elsewhere(Point)");
  }
}
