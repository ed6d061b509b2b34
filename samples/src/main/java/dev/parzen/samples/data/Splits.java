package dev.parzen.samples.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Deterministic train/validation splits and k folds: the same seed always gives the same rows, so
 * every trial, and the library defaults they are compared with, are scored on the same data.
 */
public final class Splits {

  private Splits() {}

  /**
   * Holds out {@code validationFraction} of each class: both sides keep the class proportions of
   * the whole, which matters on small or unbalanced data. Targets are class labels.
   *
   * @param validationFraction in (0, 1)
   */
  public static Split stratified(Dataset data, double validationFraction, long seed) {
    checkFraction(validationFraction);
    List<Integer> validation = new ArrayList<>();
    for (List<Integer> rows : shuffledByClass(data, seed).values()) {
      validation.addAll(rows.subList(0, (int) Math.round(rows.size() * validationFraction)));
    }
    return split(data, validation);
  }

  /**
   * Holds out {@code validationFraction} of the rows at random: for regression targets.
   *
   * @param validationFraction in (0, 1)
   */
  public static Split random(Dataset data, double validationFraction, long seed) {
    checkFraction(validationFraction);
    List<Integer> rows = range(data.size());
    Collections.shuffle(rows, new Random(seed));
    return split(data, rows.subList(0, (int) Math.round(data.size() * validationFraction)));
  }

  /**
   * Stratified k-fold cross-validation: every row is held out by exactly one fold, and every fold
   * keeps the class proportions. Fold {@code i}'s validation side is the i-th part.
   *
   * @param k the number of folds, at least 2
   */
  public static List<Split> stratifiedFolds(Dataset data, int k, long seed) {
    if (k < 2 || k > data.size()) {
      throw new IllegalArgumentException(
          "k must be between 2 and the %d rows of %s (was %d); 5 or 10 are usual"
              .formatted(data.size(), data.name(), k));
    }
    List<List<Integer>> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(new ArrayList<>());
    }
    int next = 0;
    for (List<Integer> rows : shuffledByClass(data, seed).values()) {
      for (int row : rows) {
        parts.get(next).add(row);
        next = (next + 1) % k;
      }
    }
    List<Split> folds = new ArrayList<>();
    for (List<Integer> part : parts) {
      folds.add(split(data, part));
    }
    return List.copyOf(folds);
  }

  private static Map<Double, List<Integer>> shuffledByClass(Dataset data, long seed) {
    Map<Double, List<Integer>> byClass = new TreeMap<>();
    for (int r = 0; r < data.size(); r++) {
      byClass.computeIfAbsent(data.target(r), c -> new ArrayList<>()).add(r);
    }
    Random random = new Random(seed);
    byClass.values().forEach(rows -> Collections.shuffle(rows, random));
    return byClass;
  }

  private static Split split(Dataset data, List<Integer> validationRows) {
    boolean[] held = new boolean[data.size()];
    validationRows.forEach(r -> held[r] = true);
    int[] validation = validationRows.stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] train = range(data.size()).stream().filter(r -> !held[r]).mapToInt(r -> r).toArray();
    return new Split(data.rows(train), data.rows(validation));
  }

  private static List<Integer> range(int n) {
    List<Integer> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(i);
    }
    return rows;
  }

  private static void checkFraction(double fraction) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          "the validation fraction must be in (0, 1) (was %s); 0.2 or 0.25 are usual"
              .formatted(fraction));
    }
  }
}
