package dev.parzen.samples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DatasetsTests {

  @Test
  void breastCancerHas569TumoursOf30FeaturesAnd212Malignant() {
    Dataset d = Datasets.breastCancer();

    assertThat(d.size()).isEqualTo(569);
    assertThat(d.featureCount()).isEqualTo(30);
    assertThat(d.featureNames()).startsWith("mean_radius", "mean_texture");
    assertThat(d.targetName()).isEqualTo("malignant0_benign1");
    assertThat(Arrays.stream(d.targets()).filter(t -> t == 0).count()).isEqualTo(212);
  }

  @Test
  void digitsHas1797ImagesOf64PixelsLabelledZeroToNine() {
    Dataset d = Datasets.digits();

    assertThat(d.size()).isEqualTo(1797);
    assertThat(d.featureCount()).isEqualTo(64);
    assertThat(Arrays.stream(d.targets()).distinct().sorted().toArray())
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
  }

  @Test
  void diabetesHas442PatientsOf10RawFeatures() {
    Dataset d = Datasets.diabetes();

    assertThat(d.size()).isEqualTo(442);
    assertThat(d.featureNames())
        .containsExactly("age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6");
    assertThat(d.row(0)).containsExactly(59, 2, 32.1, 101, 157, 93.2, 38, 4, 4.8598, 87);
    assertThat(d.target(0)).isEqualTo(151);
  }

  @Test
  void anUnknownNameListsTheDataSetsThatShip() {
    assertThatThrownBy(() -> Datasets.load("iris"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("data/iris.csv")
        .hasMessageContaining("breast_cancer, digits and diabetes");
  }

  @Test
  void featuresRowMajorLaysRowsEndToEnd() {
    Dataset d = TinyDatasetTestCase.indexed(3, 2);

    assertThat(d.featuresRowMajor()).containsExactly(0f, 0f, 1f, 1f, 2f, 2f);
  }
}
