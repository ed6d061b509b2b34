package dev.parzen.samples.xgboost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Space;
import dev.parzen.Spaces;
import org.junit.jupiter.api.Test;

class XgbParamsTests {

  @Test
  void theDefaultsConstantIsTheSpacesDefaultPoint() {
    Space<XgbParams> space = Spaces.of(XgbParams.class);

    assertThat(space.defaults()).map(space::decode).contains(XgbParams.DEFAULTS);
  }

  @Test
  void theRegressionDefaultsConstantIsTheSpacesDefaultPoint() {
    Space<XgbRegressionParams> space = Spaces.of(XgbRegressionParams.class);

    assertThat(space.defaults()).map(space::decode).contains(XgbRegressionParams.DEFAULTS);
  }

  @Test
  void dartDropsATenthOfTheTrees() {
    XgbParams dart = new XgbParams(4, 50, 0.1, 1, 0, 1, 1, Booster.DART);

    assertThat(dart.binaryClassifier(2))
        .containsEntry("booster", "dart")
        .containsEntry("rate_drop", 0.1)
        .containsEntry("nthread", 2);
  }
}
