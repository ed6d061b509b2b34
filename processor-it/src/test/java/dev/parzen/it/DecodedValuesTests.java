package dev.parzen.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parzen.Assignment;
import dev.parzen.Space;
import dev.parzen.Spaces;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the fields of decoded objects hold. */
class DecodedValuesTests {

  private final Space<AllKinds> allKinds = Spaces.of(AllKinds.class);
  private final Space<Pipeline> pipeline = Spaces.of(Pipeline.class);

  @Test
  void enumChoicesYieldTheConstantsThemselves() {
    for (Assignment a : Samples.draw(allKinds, 200, 11)) {
      AllKinds k = allKinds.decode(a);
      assertThat(a.get("booster")).isSameAs(k.booster()).isInstanceOf(Booster.class);
      assertThat(k.boosterSubset()).isIn(Booster.GBTREE, Booster.DART);
    }
  }

  @Test
  void integerFieldsReceiveIntegersFromLongValues() {
    for (Assignment a : Samples.draw(allKinds, 200, 12)) {
      AllKinds k = allKinds.decode(a);
      for (String label :
          new String[] {"quniformInt", "quniformLong", "qloguniformInt", "qnormalInt", "randint"}) {
        assertThat(a.get(label)).as(label).isInstanceOf(Long.class);
      }
      assertThat(k.quniformInt()).isBetween(2, 12);
      assertThat(k.quniformLong() % 10).isZero();
      assertThat(k.quniformBoxed() % 2).isZero();
      assertThat(k.qloguniformInt() % 16).isZero();
      assertThat(k.randint()).isBetween(0, 3);
      assertThat(k.randintBoxed()).isBetween(-3L, 2L);
    }
  }

  @Test
  void quantisedRealsStayOnTheirGrid() {
    for (Assignment a : Samples.draw(allKinds, 200, 13)) {
      AllKinds k = allKinds.decode(a);
      assertThat(Math.abs(k.quniformReal() / 0.05 - Math.rint(k.quniformReal() / 0.05)))
          .isLessThan(1e-9);
      assertThat(k.qnormalReal() * 4).isEqualTo(Math.rint(k.qnormalReal() * 4));
    }
  }

  @Test
  void choicesOfNumbersStringsAndBooleansYieldTheOptions() {
    Map<Object, Integer> seen = new HashMap<>();
    for (Assignment a : Samples.draw(allKinds, 300, 14)) {
      AllKinds k = allKinds.decode(a);
      assertThat(k.batch()).isIn(32, 64, 128);
      assertThat(k.optimizer()).isIn("adam", "sgd", "rmsprop");
      seen.merge(k.flag(), 1, Integer::sum);
    }
    assertThat(seen).containsOnlyKeys(true, false);
  }

  @Test
  void onlyTheChosenBranchRecordIsBuilt() {
    for (Assignment a : Samples.draw(pipeline, 300, 15)) {
      Pipeline p = pipeline.decode(a);
      String key = a.getString("model");
      assertThat(p.model().getClass().getSimpleName()).isEqualTo(key);
      if (p.model() instanceof Pipeline.Tree tree) {
        assertThat(tree.criterion().getClass().getSimpleName())
            .isEqualTo(a.getString("Tree.criterion"));
      }
    }
  }

  @Test
  void parametersOfOtherBranchesAreAbsentFromTheAssignment() {
    for (Assignment a : Samples.draw(pipeline, 300, 16)) {
      Set<String> labels = a.labels();
      switch (a.getString("model")) {
        case "Linear" -> assertThat(labels).containsExactly("model", "Linear.l2", "threshold");
        case "Constant" -> assertThat(labels).containsExactly("model", "threshold");
        default ->
            assertThat(labels).contains("Tree.depth", "Tree.criterion").doesNotContain("Linear.l2");
      }
    }
  }

  @Test
  void decodeRejectsAnAssignmentThatDoesNotFitTheSpace() {
    Assignment linearWithTreeParameter =
        Assignment.builder()
            .put("model", "Linear")
            .put("Tree.depth", 3L)
            .put("threshold", 0.5)
            .build();

    assertThatThrownBy(() -> pipeline.decode(linearWithTreeParameter))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Linear.l2' is missing")
        .hasMessageContaining("'Tree.depth' is set but not active");
  }

  @Test
  void unannotatedFieldsOfAClassKeepTheirInitialValue() {
    Space<SvmParams> svm = Spaces.of(SvmParams.class);
    SvmParams p = svm.decode(Samples.draw(svm, 1, 17).get(0));
    assertThat(p.cacheSize).isEqualTo(200);
  }
}
