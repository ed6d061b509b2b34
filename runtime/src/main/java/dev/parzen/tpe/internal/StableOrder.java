package dev.parzen.tpe.internal;

import java.util.Arrays;

/**
 * Index sorts on primitive keys, ordered by (key, index): the order a stable sort gives, so ties
 * stay in trial order. The bandwidth rules sort every parameter's observations on every suggestion,
 * so this is a radix sort: a stable pass on 32-bit keys quantised over the data's span orders all
 * but values closer than {@code span / 2^32}, and a final insertion pass on the exact keys puts
 * those few in order. Linear time on any data without pathological clusters.
 */
final class StableOrder {

  private static final int SMALL = 48;
  private static final int BITS = 8;
  private static final int BUCKETS = 1 << BITS;

  private StableOrder() {}

  /** The indices {@code 0..n-1} ordered by {@code keys[i]} ascending, ties by index. */
  static int[] by(double[] keys, int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (n >= SMALL) {
      radix(order, keys, n);
    }
    insertionSort(order, keys, n);
    return order;
  }

  /** One stable pass per byte of the quantised key, least significant first. */
  private static void radix(int[] order, double[] keys, int n) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      min = Math.min(min, keys[i]);
      max = Math.max(max, keys[i]);
    }
    double scale = max > min && max - min < Double.POSITIVE_INFINITY ? 0x1p32 / (max - min) : 0;
    int[] quantised = new int[n];
    for (int i = 0; i < n; i++) {
      long q = (long) ((keys[i] - min) * scale);
      quantised[i] = (int) Math.min(q, 0xFFFFFFFFL);
    }
    int[] buffer = new int[n];
    int[] count = new int[BUCKETS + 1];
    for (int shift = 0; shift < 32; shift += BITS) {
      Arrays.fill(count, 0);
      for (int i = 0; i < n; i++) {
        count[digit(quantised[order[i]], shift) + 1]++;
      }
      if (count[digit(quantised[order[0]], shift) + 1] == n) {
        continue;
      }
      for (int b = 0; b < BUCKETS; b++) {
        count[b + 1] += count[b];
      }
      for (int i = 0; i < n; i++) {
        int item = order[i];
        buffer[count[digit(quantised[item], shift)]++] = item;
      }
      System.arraycopy(buffer, 0, order, 0, n);
    }
  }

  private static int digit(int key, int shift) {
    return (key >>> shift) & (BUCKETS - 1);
  }

  private static void insertionSort(int[] order, double[] keys, int n) {
    for (int i = 1; i < n; i++) {
      int item = order[i];
      double key = keys[item];
      int j = i - 1;
      while (j >= 0 && (keys[order[j]] > key || (keys[order[j]] == key && order[j] > item))) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = item;
    }
  }
}
