package dev.parzen.samples.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small data sets whose rows say where they came from: every feature holds the row index. */
final class TinyDatasetTestCase {

  private TinyDatasetTestCase() {}

  /** {@code rows} rows whose features all hold the row's index, targets alternating 0, 1, 0 … */
  static Dataset indexed(int rows, int features) {
    return indexed(rows, features, 2);
  }

  /** As {@link #indexed(int, int)}, with targets cycling through {@code classes} classes. */
  static Dataset indexed(int rows, int features, int classes) {
    double[][] x = new double[rows][features];
    double[] y = new double[rows];
    for (int r = 0; r < rows; r++) {
      Arrays.fill(x[r], r);
      y[r] = r % classes;
    }
    List<String> names = new ArrayList<>();
    for (int c = 0; c < features; c++) {
      names.add("f" + c);
    }
    return new Dataset("tiny", names, "class", x, y);
  }

  /** The original row indices of {@code d}'s rows. */
  static List<Integer> indices(Dataset d) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < d.size(); r++) {
      rows.add((int) d.row(r)[0]);
    }
    return rows;
  }
}
