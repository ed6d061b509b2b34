package dev.parzen.tpe.internal;

import dev.parzen.tpe.TpeOptions;
import java.util.Arrays;

/**
 * The rows of the good set (below) and of the bad set (above), each in trial order, which is the
 * order linear forgetting needs.
 *
 * @param below the rows l(x) is built from
 * @param above the rows g(x) is built from, pending rows included
 */
record Split(int[] below, int[] above) {

  /**
   * Splits the counted rows of {@code table} by (rank, trial order): the first {@code
   * rule.below(counted)} are good; the others and every pending row are bad.
   */
  static Split of(TrialTable table, TpeOptions.Split rule) {
    int[] below = smallest(table, rule.below(table.counted()));
    boolean[] good = new boolean[table.rows()];
    for (int row : below) {
      good[row] = true;
    }
    int[] above = new int[table.rows() - below.length];
    int a = 0;
    for (int r = 0; r < table.rows(); r++) {
      if (!good[r]) {
        above[a++] = r;
      }
    }
    Arrays.sort(below);
    return new Split(below, above);
  }

  /** The {@code k} counted rows of least (rank, row), by insertion into a sorted prefix. */
  private static int[] smallest(TrialTable table, int k) {
    int[] best = new int[k];
    int size = 0;
    for (int r = 0; r < table.rows() && k > 0; r++) {
      if (table.pending(r)) {
        continue;
      }
      double rank = table.rank(r);
      if (size == k && !(rank < table.rank(best[k - 1]))) {
        continue; // ties with the k-th keep the earlier row
      }
      int j = Math.min(size, k - 1);
      while (j > 0 && rank < table.rank(best[j - 1])) {
        best[j] = best[j - 1];
        j--;
      }
      best[j] = r;
      size = Math.min(size + 1, k);
    }
    return best;
  }
}
