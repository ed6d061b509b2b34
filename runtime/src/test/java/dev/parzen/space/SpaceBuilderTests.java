package dev.parzen.space;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpaceBuilderTests {

  @Test
  void minNotBelowMaxIsRejectedWithLabelValueAndFix() {
    assertThatThrownBy(() -> Space.builder().uniform("x", 3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x'")
        .hasMessageContaining("min (3.0) must be < max (1.0)")
        .hasMessageContaining("swap them");
  }

  @Test
  void nonPositiveQuantumIsRejected() {
    assertThatThrownBy(() -> Space.builder().quniform("depth", 1, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'depth': q must be > 0 (was 0.0)");
  }

  @Test
  void logBoundsMustBePositiveRealValues() {
    assertThatThrownBy(() -> Space.builder().loguniform("lr", -5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'lr': min must be > 0 (was -5.0)")
        .hasMessageContaining("use e.g. 1e-5 rather than -5");
  }

  @Test
  void nonPositiveSigmaIsRejected() {
    assertThatThrownBy(() -> Space.builder().normal("w", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'w': sigma must be > 0 (was 0.0)");
  }

  @Test
  void emptyChoiceIsRejected() {
    assertThatThrownBy(() -> Space.builder().choice("kind"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("choice 'kind' has no options");
  }

  @Test
  void duplicateOptionsAreRejected() {
    assertThatThrownBy(() -> Space.builder().choice("kind", "a", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lists option 'a' twice");
  }

  @Test
  void duplicateLabelsAreRejectedEvenAcrossBranches() {
    Map<String, Space<Assignment>> branches = new LinkedHashMap<>();
    branches.put("a", Space.builder().uniform("x", 0, 1).build());
    SpaceBuilder b = Space.builder().uniform("x", 0, 1).branches("model", branches);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two parameters are labelled 'x'");
  }

  @Test
  void quantisedRangeWithoutGridPointIsRejected() {
    assertThatThrownBy(() -> Space.builder().quniform("x", 0.2, 0.3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no multiple of q = 1.0 lies in [0.2, 0.3]");
  }

  @Test
  void emptySpaceIsRejected() {
    assertThatThrownBy(() -> Space.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one dimension");
  }

  @Test
  void builderKeepsDeclarationOrderAndKinds() {
    Space<Assignment> s =
        Space.builder()
            .uniform("a", 0, 1)
            .quniformInt("b", 1, 9, 2)
            .loguniform("c", 1e-5, 1)
            .randint("d", 0, 5)
            .choice("e", "x", "y")
            .build();
    assertThat(s.dimensions())
        .extracting(Dimension::label)
        .containsExactly("a", "b", "c", "d", "e");
    assertThat(s.dimensions())
        .extracting(Dimension::kind)
        .containsExactly("uniform", "quniform", "loguniform", "randint", "choice");
  }

  @Test
  void decodingRejectsAssignmentsThatDoNotFit() {
    Space<Assignment> s = Space.builder().uniform("x", 0, 1).choice("k", "a", "b").build();
    assertThatThrownBy(() -> s.decode(Assignment.of(Map.of("x", 2.0, "k", "c"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x' = 2.0 is outside [0.0, 1.0]")
        .hasMessageContaining("'k' = c is not one of its options [a, b]");
  }
}
