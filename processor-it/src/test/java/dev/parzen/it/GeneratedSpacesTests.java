package dev.parzen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import dev.parzen.SpaceNotGeneratedException;
import dev.parzen.Spaces;
import dev.parzen.space.FlatSpace;
import org.junit.jupiter.api.Test;

/** The generated spaces as the runtime finds and describes them. */
class GeneratedSpacesTests {

  @Test
  void spacesOfFindsTopLevelNestedAndPackagePrivateSpaces() {
    assertThat(Spaces.of(AllKinds.class)).isInstanceOf(AllKindsSpace.class);
    assertThat(Spaces.of(Outer.Nested.class)).isInstanceOf(Outer_NestedSpace.class);
    assertThat(Spaces.of(SvmParams.class)).isInstanceOf(SvmParamsSpace.class);
  }

  @Test
  void typeWithoutGeneratedSpaceSaysTheProcessorDidNotRun() {
    assertThatThrownBy(() -> Spaces.of(Booster.class))
        .isInstanceOf(SpaceNotGeneratedException.class)
        .hasMessageContaining("annotationProcessorPaths");
  }

  @Test
  void labelsAreFieldNamesPrefixedByTheirBranches() {
    assertThat(FlatSpace.of(Spaces.of(Pipeline.class)).labels())
        .containsExactly(
            "model",
            "Linear.l2",
            "Tree.depth",
            "Tree.criterion",
            "Tree.Entropy.minGain",
            "threshold");
  }

  @Test
  void integerFieldsUseTheIntegerVariantsOfTheirKinds() {
    FlatSpace flat = FlatSpace.of(Spaces.of(AllKinds.class));
    assertThat(numeric(flat, "quniformInt").integer()).isTrue();
    assertThat(numeric(flat, "qnormalInt")).isInstanceOf(Dimension.QNormal.class);
    assertThat(numeric(flat, "qnormalInt").integer()).isTrue();
    assertThat(numeric(flat, "qnormalReal").integer()).isFalse();
    assertThat(numeric(flat, "randint").upper()).isEqualTo(3);
  }

  private static Dimension.Numeric numeric(FlatSpace flat, String label) {
    return (Dimension.Numeric) flat.param(label).dimension();
  }

  @Test
  void defaultsDecodeToTheLibraryDefaults() {
    Space<WithDefaults> space = Spaces.of(WithDefaults.class);
    assertThat(space.defaults().map(space::decode))
        .contains(new WithDefaults(6, 0.3, 1.0, Booster.GBTREE));
  }

  @Test
  void defaultsOfAConditionalSpaceFollowTheDefaultBranch() {
    Space<Pipeline> space = Spaces.of(Pipeline.class);
    assertThat(space.defaults().map(space::decode))
        .contains(new Pipeline(new Pipeline.Tree(5, new Pipeline.Gini()), 0.5));
  }

  @Test
  void spaceWithoutEveryDefaultHasNone() {
    assertThat(Spaces.of(AllKinds.class).defaults()).isEmpty();
  }

  @Test
  void classesAreBuiltThroughTheConstructorTakingTheirFields() {
    Space<Forest> space = Spaces.of(Forest.class);
    Forest f =
        space.decode(Assignment.builder().put("trees", 120L).put("maxFeatures", 0.4).build());
    assertThat(f.trees()).isEqualTo(120);
    assertThat(f.maxFeatures()).isEqualTo(0.4);
  }
}
