package dev.parzen.samples.data;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * A table of numeric features with one numeric target per row: a data set, or the rows of one side
 * of a split. Immutable: every accessor returns a copy, and every transformation a new data set.
 */
public final class Dataset {

  private final String name;
  private final List<String> featureNames;
  private final String targetName;
  private final double[][] features;
  private final double[] targets;

  /**
   * A data set.
   *
   * @param name what it is called in messages, e.g. {@code breast_cancer}
   * @param featureNames one name per feature column
   * @param targetName the name of the target column
   * @param features one row per example, each with one value per feature; copied
   * @param targets one target per row; copied
   * @throws IllegalArgumentException when the rows, names and targets do not line up
   */
  public Dataset(
      String name,
      List<String> featureNames,
      String targetName,
      double[][] features,
      double[] targets) {
    this.name = Objects.requireNonNull(name, "name");
    this.featureNames = List.copyOf(featureNames);
    this.targetName = Objects.requireNonNull(targetName, "targetName");
    if (features.length != targets.length) {
      throw new IllegalArgumentException(
          "%s: %d feature rows but %d targets; give one target per row"
              .formatted(name, features.length, targets.length));
    }
    this.features = new double[features.length][];
    for (int r = 0; r < features.length; r++) {
      if (features[r].length != this.featureNames.size()) {
        throw new IllegalArgumentException(
            "%s: row %d has %d values but there are %d feature names"
                .formatted(name, r, features[r].length, this.featureNames.size()));
      }
      this.features[r] = features[r].clone();
    }
    this.targets = targets.clone();
  }

  /** The data set's name, e.g. {@code breast_cancer}. */
  public String name() {
    return name;
  }

  /** The feature names, in column order. */
  public List<String> featureNames() {
    return featureNames;
  }

  /** The target column's name. */
  public String targetName() {
    return targetName;
  }

  /** The number of rows. */
  public int size() {
    return targets.length;
  }

  /** The number of features. */
  public int featureCount() {
    return featureNames.size();
  }

  /** The features of row {@code r}, one value per feature. */
  public double[] row(int r) {
    return features[r].clone();
  }

  /** The target of row {@code r}. */
  public double target(int r) {
    return targets[r];
  }

  /** Every target, in row order. */
  public double[] targets() {
    return targets.clone();
  }

  /** The features as one row-major array of floats: what XGBoost's {@code DMatrix} takes. */
  public float[] featuresRowMajor() {
    int width = featureCount();
    float[] flat = new float[size() * width];
    for (int r = 0; r < size(); r++) {
      for (int c = 0; c < width; c++) {
        flat[r * width + c] = (float) features[r][c];
      }
    }
    return flat;
  }

  /** The targets as floats: what XGBoost's {@code DMatrix.setLabel} takes. */
  public float[] targetsAsFloats() {
    float[] labels = new float[size()];
    for (int r = 0; r < size(); r++) {
      labels[r] = (float) targets[r];
    }
    return labels;
  }

  /** The rows at {@code indices}, in that order. */
  public Dataset rows(int[] indices) {
    double[][] x = new double[indices.length][];
    double[] y = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      x[i] = features[indices[i]];
      y[i] = targets[indices[i]];
    }
    return new Dataset(name, featureNames, targetName, x, y);
  }

  /** This data set with every feature value passed through {@code column.apply(c)}. */
  public Dataset mapFeatures(ColumnMapping column) {
    double[][] x = new double[size()][featureCount()];
    for (int c = 0; c < featureCount(); c++) {
      DoubleUnaryOperator f = column.apply(c);
      for (int r = 0; r < size(); r++) {
        x[r][c] = f.applyAsDouble(features[r][c]);
      }
    }
    return new Dataset(name, featureNames, targetName, x, targets);
  }

  /** The function applied to the values of one feature column. */
  @FunctionalInterface
  public interface ColumnMapping {
    /** The function for column {@code column}. */
    DoubleUnaryOperator apply(int column);
  }

  @Override
  public String toString() {
    return "%s (%d rows × %d features, target %s)"
        .formatted(name, size(), featureCount(), targetName);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dataset d
        && name.equals(d.name)
        && featureNames.equals(d.featureNames)
        && targetName.equals(d.targetName)
        && Arrays.deepEquals(features, d.features)
        && Arrays.equals(targets, d.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, featureNames, targetName, Arrays.hashCode(targets));
  }
}
