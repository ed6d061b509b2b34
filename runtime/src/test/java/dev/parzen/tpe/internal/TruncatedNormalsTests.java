package dev.parzen.tpe.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TruncatedNormalsTests {

  @Test
  void logMassStaysFiniteFarInTheTails() {
    double expected = asymptoticLogCdf(-40); // Φ(−41) is negligible next to Φ(−40)
    assertThat(TruncatedNormals.logMass(-41, -40)).isCloseTo(expected, within(1e-9));
    assertThat(TruncatedNormals.logMass(40, 41)).isCloseTo(expected, within(1e-9));
  }

  @Test
  void logCdfAgreesWithTheAsymptoticSeries() {
    assertThat(TruncatedNormals.logCdf(-30)).isCloseTo(asymptoticLogCdf(-30), within(1e-9));
    assertThat(TruncatedNormals.logCdf(0)).isCloseTo(Math.log(0.5), within(1e-15));
    assertThat(TruncatedNormals.logCdf(3)).isCloseTo(Math.log(0.9986501019683699), within(1e-15));
  }

  @Test
  void massOfNarrowBinsKeepsItsPrecision() {
    double b = 1.0 + 1e-9;
    double mass = TruncatedNormals.mass(1.0, b);
    double width = b - 1.0; // not exactly 1e-9 in binary
    assertThat(mass / (width * Math.exp(-0.5) / Math.sqrt(2 * Math.PI))).isCloseTo(1, within(1e-8));
  }

  @Test
  void domainMassesAreExactToTheirAbsoluteTolerance() {
    double[] ends = {0, 0.3, 2, 5.9, 6, 6.5, 7.9, 8.4, 9, 30};
    for (double lo : ends) {
      for (double hi : ends) {
        assertThat(TruncatedNormals.domainMass(-lo, hi))
            .isCloseTo(TruncatedNormals.mass(-lo, hi), within(1e-13));
      }
    }
  }

  @Test
  void truncatedDrawsStayInsideTheirInterval() {
    Random random = new Random(7);
    double[][] intervals = {{-1, 2}, {3, 3.5}, {-50, -49}, {8, 40}, {-0.01, 0.01}};
    for (double[] ab : intervals) {
      for (int i = 0; i < 2000; i++) {
        double z = TruncatedNormals.sample(ab[0], ab[1], random.nextDouble());
        assertThat(z).isBetween(ab[0], ab[1]);
      }
    }
  }

  @Test
  void untruncatedDrawsAreStandardNormal() {
    Random random = new Random(3);
    double sum = 0;
    double squares = 0;
    int n = 20000;
    for (int i = 0; i < n; i++) {
      double z =
          TruncatedNormals.sample(
              Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, random.nextDouble());
      sum += z;
      squares += z * z;
    }
    assertThat(sum / n).isCloseTo(0, within(0.03));
    assertThat(squares / n).isCloseTo(1, within(0.04));
  }

  private static double asymptoticLogCdf(double x) {
    double x2 = x * x;
    return -x2 / 2
        - Math.log(-x)
        - 0.5 * Math.log(2 * Math.PI)
        + Math.log(1 - 1 / x2 + 3 / (x2 * x2) - 15 / (x2 * x2 * x2));
  }
}
