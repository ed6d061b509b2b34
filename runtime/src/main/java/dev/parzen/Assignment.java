package dev.parzen;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The values of the active parameters of one trial, by label, in the order of the space.
 *
 * <p>Values are {@link Double} for real kinds, {@link Long} for integer kinds, the option itself
 * for a {@link Dimension.Choice} and the branch key for {@link Dimension.Branches}. Parameters of
 * branches that were not chosen are absent: {@link #has} says whether a label is active. Immutable
 * and thread-safe.
 */
public final class Assignment {

  private static final Assignment EMPTY = new Assignment(Map.of());

  private final Map<String, Object> values;

  private Assignment(Map<String, Object> values) {
    this.values = values;
  }

  /** An assignment with these values, in the map's iteration order. Nulls are rejected. */
  public static Assignment of(Map<String, ?> values) {
    Map<String, Object> copy = new LinkedHashMap<>();
    values.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "label");
          if (v == null) {
            throw new IllegalArgumentException(
                "parameter '%s' has no value; leave an inactive parameter out instead"
                    .formatted(k));
          }
          copy.put(k, v);
        });
    return new Assignment(Collections.unmodifiableMap(copy));
  }

  /** The assignment without parameters. */
  public static Assignment empty() {
    return EMPTY;
  }

  /** A builder that keeps insertion order. */
  public static Builder builder() {
    return new Builder();
  }

  /** True when {@code label} is active in this trial. */
  public boolean has(String label) {
    return values.containsKey(label);
  }

  /**
   * The value of {@code label}.
   *
   * @throws NoSuchElementException when the parameter is not active in this trial
   */
  public Object get(String label) {
    Object v = values.get(label);
    if (v == null) {
      throw new NoSuchElementException(
          "parameter '%s' is not active in this trial (active: %s); check has(\"%s\") first"
              .formatted(label, values.keySet(), label));
    }
    return v;
  }

  /** The value of {@code label} as {@code type}; numbers convert between Long and Double. */
  public <V> V get(String label, Class<V> type) {
    Object v = get(label);
    if (type.isInstance(v)) {
      return type.cast(v);
    }
    if (v instanceof Number n) {
      if (type == Double.class) {
        return type.cast(n.doubleValue());
      }
      if (type == Long.class) {
        return type.cast(n.longValue());
      }
      if (type == Integer.class) {
        return type.cast(Math.toIntExact(n.longValue()));
      }
    }
    throw new ClassCastException(
        "parameter '%s' is a %s (%s), not a %s"
            .formatted(label, v.getClass().getSimpleName(), v, type.getSimpleName()));
  }

  /** The value of a numeric parameter as a double. */
  public double getDouble(String label) {
    return get(label, Double.class);
  }

  /** The value of a numeric parameter as a long. */
  public long getLong(String label) {
    return get(label, Long.class);
  }

  /** The value of a numeric parameter as an int. */
  public int getInt(String label) {
    return get(label, Integer.class);
  }

  /** The value of {@code label} as a string: the option, branch key or number as text. */
  public String getString(String label) {
    return String.valueOf(get(label));
  }

  /** The active labels, in the order of the space. */
  public Set<String> labels() {
    return values.keySet();
  }

  /** The number of active parameters. */
  public int size() {
    return values.size();
  }

  /** An unmodifiable view of the values by label. */
  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assignment a && values.equals(a.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** {@code {maxDepth=4, eta=0.031, booster=DART}}. */
  @Override
  public String toString() {
    return values.toString();
  }

  /** Collects values in insertion order. Not thread-safe. */
  public static final class Builder {
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code label} to {@code value}. */
    public Builder put(String label, Object value) {
      values.put(Objects.requireNonNull(label, "label"), Objects.requireNonNull(value, label));
      return this;
    }

    /** The assignment. */
    public Assignment build() {
      return Assignment.of(values);
    }
  }
}
