package dev.parzen;

import java.util.ArrayList;
import java.util.List;

/** Argument checks shared by the dimension records; every message names label, value and fix. */
final class Checks {

  private Checks() {}

  static void label(String label) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("a parameter label must not be null or blank");
    }
  }

  static void range(String label, double min, double max) {
    finite(label, "min", min);
    finite(label, "max", max);
    if (min >= max) {
      throw new IllegalArgumentException(
          "'%s': min (%s) must be < max (%s); swap them or widen the range"
              .formatted(label, min, max));
    }
  }

  static void finite(String label, String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "'%s': %s must be a finite number (was %s)".formatted(label, name, value));
    }
  }

  static void positive(String label, String name, double value) {
    finite(label, name, value);
    if (value <= 0) {
      String fix =
          name.equals("sigma")
              ? "use a positive standard deviation"
              : "log bounds are real values, not logarithms: use e.g. 1e-5 rather than -5";
      throw new IllegalArgumentException(
          "'%s': %s must be > 0 (was %s); %s".formatted(label, name, value, fix));
    }
  }

  static void quantum(String label, double q, boolean integer) {
    if (!(q > 0) || Double.isInfinite(q)) {
      throw new IllegalArgumentException(
          "'%s': q must be > 0 (was %s); use q = 1 for whole numbers".formatted(label, q));
    }
    if (integer && q != Math.rint(q)) {
      throw new IllegalArgumentException(
          "'%s': integer values need a whole q (was %s); use q = %s or make the parameter real"
              .formatted(label, q, Math.max(1, Math.rint(q))));
    }
  }

  static void gridInside(String label, double min, double max, double q) {
    double first = Math.ceil(min / q - 1e-9);
    double last = Math.floor(max / q + 1e-9);
    if (first > last) {
      throw new IllegalArgumentException(
          "'%s': no multiple of q = %s lies in [%s, %s]; lower q or widen the range"
              .formatted(label, q, min, max));
    }
  }

  static List<Double> weights(String label, List<Double> weights, int count) {
    if (weights == null || weights.isEmpty()) {
      List<Double> uniform = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        uniform.add(1.0 / count);
      }
      return List.copyOf(uniform);
    }
    if (weights.size() != count) {
      throw new IllegalArgumentException(
          "'%s': %d weights for %d options; give one weight per option"
              .formatted(label, weights.size(), count));
    }
    double sum = 0;
    for (Double w : weights) {
      if (w == null || !(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException(
            "'%s': weight %s is not a non-negative number; weights are prior probabilities"
                .formatted(label, w));
      }
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(
          "'%s': the weights sum to 0; give at least one option a positive weight"
              .formatted(label));
    }
    List<Double> normalised = new ArrayList<>(count);
    for (Double w : weights) {
      normalised.add(w / sum);
    }
    return List.copyOf(normalised);
  }
}
