package dev.parzen.samples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitsTests {

  private final Dataset data = TinyDatasetTestCase.indexed(100, 2, 4);

  @Test
  void aStratifiedSplitKeepsEachClassShare() {
    Dataset cancer = Datasets.breastCancer();

    Split split = Splits.stratified(cancer, 0.25, 7);

    assertThat(count(split.validation(), 0)).isEqualTo(53); // 212 malignant × 0.25
    assertThat(count(split.validation(), 1)).isEqualTo(89); // 357 benign × 0.25
    assertThat(split.train().size()).isEqualTo(569 - 142);
  }

  @Test
  void theSidesOfASplitAreDisjointAndCoverEveryRow() {
    Split split = Splits.stratified(data, 0.2, 7);

    List<Integer> all = new ArrayList<>(TinyDatasetTestCase.indices(split.train()));
    all.addAll(TinyDatasetTestCase.indices(split.validation()));
    assertThat(all).hasSize(100).doesNotHaveDuplicates();
  }

  @Test
  void theSameSeedHoldsOutTheSameRows() {
    assertThat(Splits.stratified(data, 0.2, 7)).isEqualTo(Splits.stratified(data, 0.2, 7));
    assertThat(Splits.random(data, 0.2, 7)).isEqualTo(Splits.random(data, 0.2, 7));
  }

  @Test
  void anotherSeedHoldsOutOtherRows() {
    assertThat(Splits.stratified(data, 0.2, 8)).isNotEqualTo(Splits.stratified(data, 0.2, 7));
  }

  @Test
  void aRandomSplitHoldsOutTheFraction() {
    Split split = Splits.random(data, 0.25, 3);

    assertThat(split.validation().size()).isEqualTo(25);
    assertThat(split.train().size()).isEqualTo(75);
  }

  @Test
  void foldsHoldOutEveryRowExactlyOnce() {
    List<Split> folds = Splits.stratifiedFolds(data, 5, 7);

    List<Integer> heldOut = new ArrayList<>();
    folds.forEach(f -> heldOut.addAll(TinyDatasetTestCase.indices(f.validation())));
    assertThat(folds).hasSize(5);
    assertThat(heldOut).hasSize(100).doesNotHaveDuplicates();
    assertThat(folds).allSatisfy(f -> assertThat(f.train().size()).isEqualTo(80));
  }

  @Test
  void everyFoldKeepsTheClassShares() {
    for (Split fold : Splits.stratifiedFolds(data, 5, 7)) {
      for (int c = 0; c < 4; c++) {
        assertThat(count(fold.validation(), c)).isEqualTo(5);
      }
    }
  }

  @Test
  void aFractionOutsideZeroAndOneIsRefused() {
    assertThatThrownBy(() -> Splits.stratified(data, 25, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(0, 1) (was 25.0)");
  }

  @Test
  void fewerThanTwoFoldsAreRefused() {
    assertThatThrownBy(() -> Splits.stratifiedFolds(data, 1, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(was 1)");
  }

  private static long count(Dataset d, double label) {
    return Arrays.stream(d.targets()).filter(t -> t == label).count();
  }
}
