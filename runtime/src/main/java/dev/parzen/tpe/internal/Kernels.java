package dev.parzen.tpe.internal;

/**
 * The components of a one-dimensional Parzen mixture in model space: centres, widths and normalised
 * weights, the prior kernel included.
 *
 * @param mu the kernel centres
 * @param sigma the kernel widths, {@code > 0}
 * @param weight the mixture weights, summing to 1
 */
record Kernels(double[] mu, double[] sigma, double[] weight) {

  /** The number of kernels. */
  int size() {
    return mu.length;
  }
}
