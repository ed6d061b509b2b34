package dev.parzen.tpe.internal;

import java.util.Arrays;

/**
 * Observation weights that fade the oldest observations linearly (Bergstra 2013): the model follows
 * where the search went rather than where it started.
 */
final class LinearForgetting {

  private LinearForgetting() {}

  /**
   * The weights of {@code n} observations, oldest first: the newest {@code window} weigh 1, the
   * {@code n − window} older ones rise linearly from {@code 1/n} to 1 (both ends included). With
   * {@code window == 0} or {@code n <= window} every weight is 1.
   */
  static double[] weights(int n, int window) {
    double[] w = new double[n];
    Arrays.fill(w, 1.0);
    int ramp = n - window;
    if (window == 0 || ramp <= 0) {
      return w;
    }
    double start = 1.0 / n;
    if (ramp == 1) {
      w[0] = start;
      return w;
    }
    double step = (1.0 - start) / (ramp - 1);
    for (int i = 0; i < ramp; i++) {
      w[i] = start + i * step;
    }
    w[ramp - 1] = 1.0;
    return w;
  }
}
