package dev.parzen.samples;

/**
 * The scores the samples tune for, computed on held-out rows. Labels and predictions line up by
 * index; every method requires arrays of equal, non-zero length.
 */
public final class Metrics {

  /**
   * Probabilities are clipped to [ε, 1 − ε] so one confident mistake gives a large, finite loss.
   */
  private static final double EPSILON = 1e-15;

  private Metrics() {}

  /**
   * The mean binary cross-entropy of predicted probabilities: lower is better, 0 is perfect, and ln
   * 2 ≈ 0.693 is a coin flip. Unlike accuracy it rewards confident right answers and punishes
   * confident wrong ones, which makes it a smooth objective to tune.
   *
   * @param labels 0 or 1
   * @param probabilities the predicted probability of label 1
   */
  public static double logLoss(double[] labels, double[] probabilities) {
    check(labels, probabilities);
    double sum = 0;
    for (int i = 0; i < labels.length; i++) {
      double p = Math.min(1 - EPSILON, Math.max(EPSILON, probabilities[i]));
      sum -= labels[i] == 1 ? Math.log(p) : Math.log(1 - p);
    }
    return sum / labels.length;
  }

  /**
   * The share of the rows labelled {@code positive} that were predicted {@code positive}: of the
   * malignant tumours, how many were caught. NaN when no row is labelled {@code positive}.
   */
  public static double recall(double[] labels, double[] predicted, double positive) {
    check(labels, predicted);
    int actual = 0;
    int caught = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == positive) {
        actual++;
        if (predicted[i] == positive) {
          caught++;
        }
      }
    }
    return actual == 0 ? Double.NaN : (double) caught / actual;
  }

  /**
   * The share of the rows predicted {@code positive} that are labelled {@code positive}: of the
   * tumours flagged malignant, how many were. NaN when nothing was predicted {@code positive}.
   */
  public static double precision(double[] labels, double[] predicted, double positive) {
    return recall(predicted, labels, positive);
  }

  /** The share of rows whose predicted label is the true one. */
  public static double accuracy(double[] labels, double[] predicted) {
    check(labels, predicted);
    int right = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] == predicted[i]) {
        right++;
      }
    }
    return (double) right / labels.length;
  }

  /** The root mean squared error, in the target's own units. */
  public static double rmse(double[] targets, double[] predicted) {
    check(targets, predicted);
    double sum = 0;
    for (int i = 0; i < targets.length; i++) {
      double d = targets[i] - predicted[i];
      sum += d * d;
    }
    return Math.sqrt(sum / targets.length);
  }

  /** Labels 1 where the probability of label 1 is at least {@code threshold}, else 0. */
  public static double[] labels(double[] probabilities, double threshold) {
    double[] labels = new double[probabilities.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = probabilities[i] >= threshold ? 1 : 0;
    }
    return labels;
  }

  private static void check(double[] expected, double[] actual) {
    if (expected.length != actual.length || expected.length == 0) {
      throw new IllegalArgumentException(
          "need as many predictions as labels, at least one (got %d labels, %d predictions)"
              .formatted(expected.length, actual.length));
    }
  }
}
