package dev.parzen.mlflow.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The MLflow key of each parameter label of a tuning: sanitized, and made unique when two labels
 * sanitize alike or a label takes a reserved name (the {@code best_} prefix fits within {@link
 * Limits#KEY}). Not thread-safe: used on the tuning's thread.
 */
public final class KeyNames {

  /** Room left for the {@code best_} prefix on parent-run keys. */
  static final int PREFIX_ROOM = 10;

  private final Map<String, String> byLabel = new HashMap<>();
  private final Set<String> used;

  /** Keys that labels must not take, such as {@code trial_number}. */
  public KeyNames(Set<String> reserved) {
    this.used = new HashSet<>(reserved);
  }

  /** The key for {@code label}; the same label always gets the same key. */
  public String of(String label) {
    return byLabel.computeIfAbsent(label, this::fresh);
  }

  private String fresh(String label) {
    String base = Keys.sanitize(label, Limits.KEY - PREFIX_ROOM);
    String key = base;
    for (int i = 2; used.contains(key); i++) {
      key = base + "_" + i;
    }
    used.add(key);
    return key;
  }
}
