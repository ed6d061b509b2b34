package dev.parzen.tpe.internal;

import dev.parzen.Dimension;
import dev.parzen.Observation;
import dev.parzen.TrialStatus;
import dev.parzen.space.FlatSpace;
import dev.parzen.tpe.TpeOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The history as columns of primitive model values, one row per trial the model sees, in trial
 * order: the estimators then read arrays instead of maps of boxed values.
 */
final class TrialTable {

  private final int rows;
  private final double[] rank;
  private final boolean[] pending;
  private final double[][] columns;
  private final int counted;

  private TrialTable(double[] rank, boolean[] pending, double[][] columns) {
    this.rows = rank.length;
    this.rank = rank;
    this.pending = pending;
    this.columns = columns;
    int c = 0;
    for (boolean p : pending) {
      c += p ? 0 : 1;
    }
    this.counted = c;
  }

  /**
   * The table of {@code history}. OK trials rank by their loss; FAILED and TIMED_OUT trials, and
   * running ones under {@link TpeOptions.Pending#WORST}, rank after every OK trial; running ones
   * under {@link TpeOptions.Pending#LIAR} are kept as pending rows; other trials are left out.
   */
  static TrialTable of(
      FlatSpace space, Axis[] axes, List<Observation> history, TpeOptions.Pending mode) {
    List<Observation> kept = new ArrayList<>(history.size());
    for (Observation o : history) {
      if (o.status().finished()
          || (o.status() == TrialStatus.RUNNING && mode != TpeOptions.Pending.IGNORE)) {
        kept.add(o);
      }
    }
    kept.sort((x, y) -> Integer.compare(x.number(), y.number()));
    int n = kept.size();
    double[] rank = new double[n];
    boolean[] pending = new boolean[n];
    for (int r = 0; r < n; r++) {
      Observation o = kept.get(r);
      boolean good = o.ok() && !Double.isNaN(o.loss());
      rank[r] = good ? o.loss() : Double.POSITIVE_INFINITY;
      pending[r] = o.status() == TrialStatus.RUNNING && mode == TpeOptions.Pending.LIAR;
    }
    return new TrialTable(rank, pending, columns(space, axes, kept));
  }

  private static double[][] columns(FlatSpace space, Axis[] axes, List<Observation> kept) {
    List<FlatSpace.Param> params = space.params();
    int count = params.size();
    String[] labels = new String[count];
    double[] branch = new double[count];
    Map<String, Integer> index = new HashMap<>();
    for (FlatSpace.Param p : params) {
      labels[p.index()] = p.label();
      branch[p.index()] = branchIndex(space, p);
      index.put(p.label(), p.index());
    }
    double[][] columns = new double[count][kept.size()];
    Object[] values = new Object[count];
    Gatherer gatherer = new Gatherer(labels, index, values);
    for (int r = 0; r < kept.size(); r++) {
      gatherer.gather(kept.get(r).assignment().asMap());
      for (FlatSpace.Param p : params) {
        int i = p.index();
        boolean active = p.unconditional() || columns[p.parent()][r] == branch[i];
        columns[i][r] = active && values[i] != null ? axes[i].model(values[i]) : Double.NaN;
      }
    }
    return columns;
  }

  /**
   * Puts the values of an assignment at their parameter's index. Assignments list their labels in
   * the space's order, so a cursor finds most of them without hashing.
   */
  private static final class Gatherer implements BiConsumer<String, Object> {
    private final String[] labels;
    private final Map<String, Integer> index;
    private final Object[] out;
    private int cursor;

    Gatherer(String[] labels, Map<String, Integer> index, Object[] out) {
      this.labels = labels;
      this.index = index;
      this.out = out;
    }

    void gather(Map<String, Object> assignment) {
      Arrays.fill(out, null);
      cursor = 0;
      assignment.forEach(this);
    }

    @Override
    public void accept(String label, Object value) {
      while (cursor < labels.length && !labels[cursor].equals(label)) {
        cursor++;
      }
      if (cursor < labels.length) {
        out[cursor++] = value;
        return;
      }
      Integer at = index.get(label);
      if (at != null) {
        out[at] = value;
        cursor = at + 1;
      }
    }
  }

  private static double branchIndex(FlatSpace space, FlatSpace.Param p) {
    if (p.unconditional()) {
      return Double.NaN;
    }
    Dimension parent = space.params().get(p.parent()).dimension();
    return ((Dimension.Branches) parent).indexOf(p.branchKey());
  }

  /** The number of rows. */
  int rows() {
    return rows;
  }

  /** The number of rows that count as trials: all but the pending ones. */
  int counted() {
    return counted;
  }

  /** The ranking key of {@code row}: its loss, or {@code +∞} for a bad or failed trial. */
  double rank(int row) {
    return rank[row];
  }

  /** The ranking keys of all rows. */
  double[] ranks() {
    return rank;
  }

  /** True when {@code row} is a trial still running (constant liar). */
  boolean pending(int row) {
    return pending[row];
  }

  /** The model values of parameter {@code param}, {@code NaN} where it was inactive or invalid. */
  double[] column(int param) {
    return columns[param];
  }
}
