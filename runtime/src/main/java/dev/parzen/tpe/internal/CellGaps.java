package dev.parzen.tpe.internal;

import java.util.Arrays;

/**
 * Neighbour gaps without sorting, for the bandwidth rules under the magic clip: widths below the
 * clip {@code w} are raised to {@code w} anyway, so only gaps of at least {@code w} must be exact,
 * and those cross the boundaries of cells {@code w} wide. Bucketing the observations into such
 * cells gives every needed gap in linear time: a value's neighbour lies in its own cell (gap below
 * {@code w}) unless it is its cell's first (or last) in (value, index) order, and then the
 * neighbour is the last (first) of the nearest occupied cell.
 */
final class CellGaps {

  /** Beyond this many cells per observation, sorting is cheaper. */
  private static final int MAX_CELLS_PER_VALUE = 4;

  private final double[] gapLeft;
  private final double[] gapRight;
  private final int[] order;

  private CellGaps(double[] gapLeft, double[] gapRight, int[] order) {
    this.gapLeft = gapLeft;
    this.gapRight = gapRight;
    this.order = order;
  }

  /**
   * The gaps of {@code n} values to their neighbours in (value, index) order, exact when at least
   * {@code width} and reported as 0 otherwise; a value without a neighbour on a side gets 0 there.
   * Index {@code n} may hold an extra value that only acts as a neighbour (Hyperopt's prior mean,
   * which precedes equal values). Returns {@code null} when the values span too many cells.
   */
  static CellGaps of(double[] values, int n, double extra, boolean hasExtra, double width) {
    int m = hasExtra ? n + 1 : n;
    double min = hasExtra ? extra : Double.POSITIVE_INFINITY;
    double max = hasExtra ? extra : Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, values[i]);
      max = Math.max(max, values[i]);
    }
    double span = (max - min) / width;
    if (!(span < (double) MAX_CELLS_PER_VALUE * m + 64)) {
      return null;
    }
    int cells = (int) span + 1;
    double scale = 1 / width;
    int[] cell = new int[m];
    Extremes extremes = new Extremes(cells);
    for (int step = 0; step < m; step++) {
      // The extra value goes first: it precedes values equal to it.
      int i = hasExtra ? (step == 0 ? n : step - 1) : step;
      double v = i == n ? extra : values[i];
      cell[i] = Math.min(cells - 1, (int) ((v - min) * scale));
      extremes.add(cell[i], i, v);
    }
    double[] left = new double[m];
    double[] right = new double[m];
    extremes.gaps(left, right);
    return new CellGaps(left, right, byCell(cell, cells, n));
  }

  /** The gap to the left neighbour of value {@code i}. */
  double left(int i) {
    return gapLeft[i];
  }

  /** The gap to the right neighbour of value {@code i}. */
  double right(int i) {
    return gapRight[i];
  }

  /** The indices of the {@code n} values grouped by cell, cells ascending, ties by index. */
  int[] order() {
    return order;
  }

  private static int[] byCell(int[] cell, int cells, int n) {
    int[] start = new int[cells + 1];
    for (int i = 0; i < n; i++) {
      start[cell[i] + 1]++;
    }
    for (int c = 0; c < cells; c++) {
      start[c + 1] += start[c];
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[start[cell[i]]++] = i;
    }
    return order;
  }

  /** The first and last value of every cell in (value, index) order, fed in index order. */
  private static final class Extremes {
    private final int[] first;
    private final int[] last;
    private final double[] firstValue;
    private final double[] lastValue;

    Extremes(int cells) {
      first = new int[cells];
      last = new int[cells];
      firstValue = new double[cells];
      lastValue = new double[cells];
      Arrays.fill(first, -1);
    }

    void add(int c, int i, double v) {
      if (first[c] < 0) {
        first[c] = i;
        last[c] = i;
        firstValue[c] = v;
        lastValue[c] = v;
      } else if (v < firstValue[c]) {
        first[c] = i;
        firstValue[c] = v;
      } else if (v >= lastValue[c]) {
        last[c] = i;
        lastValue[c] = v;
      }
    }

    /** Sets the gaps across every boundary between consecutive occupied cells. */
    void gaps(double[] left, double[] right) {
      int previous = -1;
      for (int c = 0; c < first.length; c++) {
        if (first[c] < 0) {
          continue;
        }
        if (previous >= 0) {
          double gap = firstValue[c] - lastValue[previous];
          left[first[c]] = gap;
          right[last[previous]] = gap;
        }
        previous = c;
      }
    }
  }
}
