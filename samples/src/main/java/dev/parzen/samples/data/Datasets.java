package dev.parzen.samples.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The samples' data sets, read from CSV files on the class path ({@code data/<name>.csv}: a header
 * row, numeric values, the target in the last column). See {@code data/README.md} for their origin.
 */
public final class Datasets {

  private Datasets() {}

  /**
   * Wisconsin Diagnostic Breast Cancer: 569 tumours × 30 features; target {@code
   * malignant0_benign1}, 0 for malignant (212 rows) and 1 for benign (357).
   */
  public static Dataset breastCancer() {
    return load("breast_cancer");
  }

  /** Handwritten digits: 1797 images × 64 pixel intensities (0–16); target {@code digit}, 0–9. */
  public static Dataset digits() {
    return load("digits");
  }

  /**
   * Diabetes: 442 patients × 10 raw features (age, sex, BMI, blood pressure, six blood serum
   * measurements); target {@code progression}, a measure of the disease a year later (25–346).
   */
  public static Dataset diabetes() {
    return load("diabetes");
  }

  /**
   * Reads {@code data/<name>.csv} from the class path.
   *
   * @throws IllegalArgumentException when there is no such resource, or a value is not a number
   */
  public static Dataset load(String name) {
    String resource = "data/" + name + ".csv";
    InputStream in = Datasets.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException(
          "no data set '%s': %s is not on the class path; the samples ship breast_cancer, digits and diabetes"
              .formatted(name, resource));
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
  }

  private static Dataset parse(String name, BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null) {
      throw new IllegalArgumentException(name + ".csv is empty; it needs a header row");
    }
    List<String> columns = Arrays.asList(header.split(",", -1));
    int width = columns.size();
    List<double[]> rows = new ArrayList<>();
    List<Double> targets = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      double[] values = parseLine(name, rows.size() + 2, line, width);
      rows.add(Arrays.copyOf(values, width - 1));
      targets.add(values[width - 1]);
    }
    return new Dataset(
        name,
        columns.subList(0, width - 1),
        columns.get(width - 1),
        rows.toArray(double[][]::new),
        targets.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double[] parseLine(String name, int lineNumber, String line, int width) {
    String[] cells = line.split(",", -1);
    if (cells.length != width) {
      throw new IllegalArgumentException(
          "%s.csv line %d has %d values; the header has %d columns"
              .formatted(name, lineNumber, cells.length, width));
    }
    double[] values = new double[width];
    for (int c = 0; c < width; c++) {
      try {
        values[c] = Double.parseDouble(cells[c]);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "%s.csv line %d, column %d: '%s' is not a number"
                .formatted(name, lineNumber, c + 1, cells[c]),
            e);
      }
    }
    return values;
  }
}
