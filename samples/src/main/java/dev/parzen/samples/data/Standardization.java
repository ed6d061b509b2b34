package dev.parzen.samples.data;

/**
 * Centres each feature on its training mean and scales it to unit standard deviation: what linear
 * models trained by gradient descent need. Fitted on the training rows only, so nothing about the
 * validation rows leaks into training. Immutable.
 */
public final class Standardization {

  private final double[] means;
  private final double[] scales;

  private Standardization(double[] means, double[] scales) {
    this.means = means;
    this.scales = scales;
  }

  /** The means and standard deviations of {@code train}'s features. */
  public static Standardization fit(Dataset train) {
    int width = train.featureCount();
    double[] means = new double[width];
    double[] squares = new double[width];
    for (int r = 0; r < train.size(); r++) {
      double[] row = train.row(r);
      for (int c = 0; c < width; c++) {
        // Welford's update: one pass, no catastrophic cancellation.
        double delta = row[c] - means[c];
        means[c] += delta / (r + 1);
        squares[c] += delta * (row[c] - means[c]);
      }
    }
    double[] scales = new double[width];
    for (int c = 0; c < width; c++) {
      double sd = Math.sqrt(squares[c] / Math.max(1, train.size()));
      // A constant feature (a pixel that is always blank) carries nothing: leave it centred at 0.
      scales[c] = sd > 0 ? sd : 1;
    }
    return new Standardization(means, scales);
  }

  /** {@code data} with each feature centred and scaled by the fitted mean and deviation. */
  public Dataset apply(Dataset data) {
    if (data.featureCount() != means.length) {
      throw new IllegalArgumentException(
          "%s has %d features; this standardization was fitted on %d"
              .formatted(data.name(), data.featureCount(), means.length));
    }
    return data.mapFeatures(c -> v -> (v - means[c]) / scales[c]);
  }

  /** Fits on the split's training side and applies to both sides. */
  public static Split apply(Split split) {
    Standardization s = fit(split.train());
    return new Split(s.apply(split.train()), s.apply(split.validation()));
  }
}
