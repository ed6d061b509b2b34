package dev.parzen.processor.validation;

/** Number checks and formatting shared by the numeric validators. */
final class Numbers {

  private Numbers() {}

  static boolean whole(double x) {
    return Double.isFinite(x) && x == Math.rint(x);
  }

  /** True when {@code x} is a multiple of {@code q} up to rounding error. */
  static boolean onGrid(double x, double q) {
    double k = Math.rint(x / q);
    return Math.abs(x - k * q) <= 1e-9 * Math.max(1, Math.abs(x));
  }

  /** True when some multiple of {@code q} lies in {@code [min, max]}. */
  static boolean gridMeets(double min, double max, double q) {
    return Math.ceil(min / q - 1e-9) <= Math.floor(max / q + 1e-9);
  }

  /** {@code 12} for whole numbers, {@code 0.001} otherwise: how users wrote them. */
  static String text(double x) {
    if (whole(x) && Math.abs(x) < 1e15) {
      return Long.toString((long) x);
    }
    return Double.toString(x);
  }
}
