package dev.parzen.tpe.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StableOrderTests {

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 5, 47, 48, 200, 3000})
  void ordersByValueThenIndex(int n) {
    Random random = new Random(n);
    double[] keys = new double[n];
    for (int i = 0; i < n; i++) {
      // Ties, near-ties, a wide span and negative values all at once.
      keys[i] =
          switch (i % 4) {
            case 0 -> random.nextInt(5);
            case 1 -> 1e6 * random.nextGaussian();
            case 2 -> 1 + 1e-14 * random.nextInt(3);
            default -> -random.nextDouble();
          };
    }
    Integer[] expected = new Integer[n];
    for (int i = 0; i < n; i++) {
      expected[i] = i;
    }
    Arrays.sort(expected, Comparator.comparingDouble((Integer i) -> keys[i]));
    assertThat(StableOrder.by(keys, n))
        .containsExactly(Arrays.stream(expected).mapToInt(i -> i).toArray());
  }
}
