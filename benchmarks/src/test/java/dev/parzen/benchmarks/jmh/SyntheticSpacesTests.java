package dev.parzen.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Observation;
import dev.parzen.Space;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spaces and histories the suggestion benchmark times. */
class SyntheticSpacesTests {

  @Test
  void unconditionalTrialsHaveEveryParameter() {
    List<Observation> h = SyntheticSpaces.history(SyntheticSpaces.of(10, false), 3, 1);

    assertThat(h).hasSize(3).allSatisfy(o -> assertThat(o.assignment().size()).isEqualTo(10));
  }

  @Test
  void conditionalTrialsHaveTheChoiceAndHalfTheParameters() {
    Space<Assignment> space = SyntheticSpaces.of(10, true);

    List<Observation> h = SyntheticSpaces.history(space, 20, 1);

    assertThat(h).allSatisfy(o -> assertThat(o.assignment().size()).isEqualTo(6));
    assertThat(h).extracting(o -> o.assignment().getString("branch")).contains("a", "b");
  }

  @Test
  void lossIsTheSphereCentredOnOne() {
    Assignment a = Assignment.of(java.util.Map.of("x0", 1.0, "x1", 3.0, "branch", "a"));

    assertThat(SyntheticSpaces.loss(a)).isEqualTo(4.0);
  }
}
