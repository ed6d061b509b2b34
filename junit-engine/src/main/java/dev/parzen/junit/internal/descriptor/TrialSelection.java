package dev.parzen.junit.internal.descriptor;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which trials of a {@code @Tune} method the request selected: all of them (the method, its class
 * or a package was selected), or single trials by unique id or iteration index. Filled during
 * discovery, read during execution.
 */
public final class TrialSelection {

  private boolean all;
  private final SortedSet<Integer> numbers = new TreeSet<>();

  /** Selects the whole tuning. */
  public void selectAll() {
    all = true;
  }

  /** Selects trial {@code number}. */
  public void select(int number) {
    numbers.add(number);
  }

  /** True when the whole tuning runs, rather than only single trials. */
  public boolean isAll() {
    return all || numbers.isEmpty();
  }

  /** True when trial {@code number} is reported. */
  public boolean includes(int number) {
    return isAll() || numbers.contains(number);
  }

  /** The single trials selected, in order; empty when the whole tuning runs. */
  public SortedSet<Integer> numbers() {
    return isAll() ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(numbers);
  }
}
