package dev.parzen.samples.tribuo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Space;
import dev.parzen.Spaces;
import dev.parzen.samples.data.Datasets;
import dev.parzen.samples.data.Split;
import dev.parzen.samples.data.Splits;
import dev.parzen.samples.data.Standardization;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierParamsTests {

  private final Split digits = Standardization.apply(Splits.stratified(Datasets.digits(), 0.25, 7));

  @Test
  void aTrialThatPicksTreesHasOnlyTreeParameters() {
    Space<ClassifierParams> space = Spaces.of(ClassifierParams.class);

    ClassifierParams p =
        space.decode(
            Assignment.of(
                Map.of("classifier", "Cart", "Cart.maxDepth", 7L, "Cart.minChildWeight", 3L)));

    assertThat(p.classifier()).isEqualTo(new ClassifierParams.Cart(7, 3));
  }

  @Test
  void logisticRegressionReadsDigitsWell() {
    var lr = new ClassifierParams.LogisticRegression(0.1, 1e-4);

    double accuracy =
        TribuoEvaluation.validationAccuracy(lr.trainer(digits.train().size()), digits);

    assertThat(accuracy).isGreaterThan(0.9);
  }

  @Test
  void aTreeReadsDigitsBetterThanChance() {
    var tree = new ClassifierParams.Cart(10, 2);

    double accuracy =
        TribuoEvaluation.validationAccuracy(tree.trainer(digits.train().size()), digits);

    assertThat(accuracy).isGreaterThan(0.7);
  }
}
