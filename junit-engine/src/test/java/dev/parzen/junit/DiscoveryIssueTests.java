package dev.parzen.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.parzen.junit.examples.BadClassesTestCase;
import dev.parzen.junit.examples.BadDeclarationsTestCase;
import dev.parzen.junit.examples.QuadraticTestCase;
import dev.parzen.junit.examples.unprocessed.BadAttributesTestCase;
import dev.parzen.junit.examples.unprocessed.UnknownAfterTuningTestCase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

class DiscoveryIssueTests {

  @TempDir Path dir;

  private EngineDiscoveryResults discover(DiscoverySelector selector) {
    return ParzenTestKit.engine(dir).selectors(selector).discover();
  }

  private DiscoveryIssue onlyIssue(String method, String parameterTypes) {
    EngineDiscoveryResults results =
        discover(selectMethod(BadDeclarationsTestCase.class, method, parameterTypes));
    assertThat(results.getEngineDescriptor().getDescendants())
        .noneMatch(d -> d.getUniqueId().toString().contains(method));
    assertThat(results.getDiscoveryIssues()).hasSize(1);
    DiscoveryIssue issue = results.getDiscoveryIssues().get(0);
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.source())
        .get()
        .isInstanceOfSatisfying(
            MethodSource.class, s -> assertThat(s.getMethodName()).isEqualTo(method));
    return issue;
  }

  @Test
  void aPrivateTuneMethodIsAnError() {
    assertThat(onlyIssue("privateTuning", POINT).message())
        .isEqualTo(
            "@Tune method BadDeclarationsTestCase.privateTuning must not be private: make it"
                + " package-private or public");
  }

  @Test
  void aStaticTuneMethodIsAnError() {
    assertThat(onlyIssue("staticTuning", POINT).message())
        .contains("must not be static", "make it an instance method");
  }

  @Test
  void aTuneMethodWithoutParameterIsAnError() {
    assertThat(onlyIssue("noParameter", "").message())
        .contains("must take one parameter object", "it takes []");
  }

  @Test
  void aSecondParameterOtherThanATrialContextIsAnError() {
    assertThat(onlyIssue("secondParameterNotAContext", POINT + ", java.lang.String").message())
        .contains("optionally followed by a dev.parzen.TrialContext", "it takes [Point, String]");
  }

  @Test
  void aTrialContextAloneIsAnError() {
    assertThat(onlyIssue("contextOnly", "dev.parzen.TrialContext").message())
        .contains("it takes [TrialContext]");
  }

  @Test
  void aReturnTypeOtherThanDoubleOrLossIsAnError() {
    assertThat(onlyIssue("returnsInt", POINT).message())
        .endsWith("must return double, Double or dev.parzen.Loss (returns int)");
  }

  @Test
  void aParameterTypeWithoutGeneratedSpaceIsAnErrorThatSaysHowToFixTheBuild() {
    DiscoveryIssue issue =
        onlyIssue("noGeneratedSpace", BadDeclarationsTestCase.Unspaced.class.getName());
    assertThat(issue.message())
        .contains(
            "parameter type dev.parzen.junit.examples.BadDeclarationsTestCase$Unspaced has no usable"
                + " space",
            "BadDeclarationsTestCase_UnspacedSpace does not exist",
            "<annotationProcessorPaths>");
    assertThat(issue.cause()).isPresent();
  }

  @Test
  void invalidTuneAttributesAreErrorsNamingEachValue() {
    EngineDiscoveryResults results = discover(selectClass(BadAttributesTestCase.class));
    assertThat(results.getDiscoveryIssues())
        .extracting(DiscoveryIssue::message)
        .containsExactlyInAnyOrder(
            "@Tune method BadAttributesTestCase.badAttributes has an invalid attribute: maxEvals"
                + " must be >= 1, or -1 for the advice of the space (was 0)",
            "@Tune method BadAttributesTestCase.badAttributes has an invalid attribute: timeout:"
                + " cannot read 'soon' as a duration; write e.g. 90s, 10m, 1h30m, 250ms or PT10M",
            "@Tune method BadAttributesTestCase.badAttributes has an invalid attribute:"
                + " maxFailureRate must be in [0, 1], e.g. 0.5 for half the trials (was 2.0)");
  }

  @Test
  void aTuneMethodThatIsAlsoAJupiterTestIsAWarningAndStillRuns() {
    EngineDiscoveryResults results =
        discover(selectMethod(BadDeclarationsTestCase.class, "alsoAJupiterTest", POINT));
    assertThat(results.getDiscoveryIssues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.WARNING);
              assertThat(i.message()).contains("also annotated with @Test", "remove @Test");
            });
    assertThat(results.getEngineDescriptor().getDescendants()).hasSize(2);
  }

  @Test
  void everyMistakeOfAClassIsReportedAtOnce() {
    List<DiscoveryIssue> issues =
        discover(selectClass(BadDeclarationsTestCase.class)).getDiscoveryIssues();
    assertThat(issues).filteredOn(i -> i.severity() == Severity.ERROR).hasSize(7);
  }

  @Test
  void anInnerClassIsAnErrorOnTheClass() {
    DiscoveryIssue issue = onlyClassIssue(BadClassesTestCase.InnerTestCase.class);
    assertThat(issue.message()).contains("is an inner class", "declare it static");
  }

  @Test
  void aClassWithoutNoArgumentConstructorIsAnError() {
    DiscoveryIssue issue = onlyClassIssue(BadClassesTestCase.NoDefaultConstructorTestCase.class);
    assertThat(issue.message())
        .contains("has no constructor without parameters", "creates one instance per @Tune method");
  }

  @Test
  void anAfterTuningMethodNamingNoTuneMethodIsAnError() {
    EngineDiscoveryResults results = discover(selectClass(UnknownAfterTuningTestCase.class));
    assertThat(results.getDiscoveryIssues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.message())
                  .isEqualTo(
                      "@AfterTuning method UnknownAfterTuningTestCase.refit names [tunning], which"
                          + " is not a @Tune method; name one or more @Tune methods of"
                          + " UnknownAfterTuningTestCase: [tuning]");
              assertThat(i.source()).get().isInstanceOf(MethodSource.class);
            });
    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
  }

  @Test
  void anAfterTuningParameterThatReceivesNothingIsAnError() {
    EngineDiscoveryResults results =
        discover(selectClass(BadClassesTestCase.BadAfterTuningParameterTestCase.class));
    assertThat(results.getDiscoveryIssues())
        .extracting(DiscoveryIssue::message)
        .containsExactlyInAnyOrder(
            "@AfterTuning method BadAfterTuningParameterTestCase.refit parameter 2 has type String,"
                + " which receives neither the best parameters (Point) nor the"
                + " TuningResult<Point>",
            "@AfterTuning method BadAfterTuningParameterTestCase.wrongResult parameter 1 has type"
                + " TuningResult, which receives neither the best parameters (Point) nor the"
                + " TuningResult<Point>");
  }

  @Test
  void anInvalidTagIsAWarningAndIsLeftOut() {
    EngineDiscoveryResults results =
        discover(selectClass(BadClassesTestCase.InvalidTagTestCase.class));
    assertThat(results.getDiscoveryIssues())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.severity()).isEqualTo(Severity.WARNING);
              assertThat(i.message()).startsWith("invalid tag 'needs gpu'");
            });
    assertThat(results.getEngineDescriptor().getChildren())
        .singleElement()
        .satisfies(c -> assertThat(c.getTags()).isEmpty());
  }

  @Test
  void aValidClassHasNoIssues() {
    assertThat(discover(selectClass(QuadraticTestCase.class)).getDiscoveryIssues()).isEmpty();
  }

  @Test
  void errorsFailTheEngineInsteadOfRunningAnything() {
    var events =
        ParzenTestKit.engine(dir)
            .selectors(selectMethod(BadDeclarationsTestCase.class, "returnsInt", POINT))
            .execute()
            .allEvents();
    assertThat(events.failed().stream())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.getPayload().orElseThrow().toString())
                    .contains("must return double, Double or dev.parzen.Loss"));
  }

  private DiscoveryIssue onlyClassIssue(Class<?> c) {
    EngineDiscoveryResults results = discover(selectClass(c));
    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    assertThat(results.getDiscoveryIssues()).hasSize(1);
    DiscoveryIssue issue = results.getDiscoveryIssues().get(0);
    assertThat(issue.severity()).isEqualTo(Severity.ERROR);
    assertThat(issue.source()).contains(ClassSource.from(c));
    return issue;
  }

  private static final String POINT = "dev.parzen.junit.examples.Point";
}
