package dev.parzen.space;

import dev.parzen.Dimension;
import dev.parzen.internal.Grid;

/** Checks and converts single parameter values against their dimension. */
public final class Values {

  private Values() {}

  /** Why {@code value} is not a value of {@code d}, or {@code null} when it is. */
  public static String problem(Dimension d, Object value) {
    if (d instanceof Dimension.Choice c) {
      return c.indexOf(value) >= 0
          ? null
          : "'%s' = %s is not one of its options %s".formatted(d.label(), value, c.options());
    }
    if (d instanceof Dimension.Branches b) {
      return b.indexOf(value) >= 0
          ? null
          : "'%s' = %s is not one of its branches %s".formatted(d.label(), value, b.keys());
    }
    Dimension.Numeric n = (Dimension.Numeric) d;
    if (n.integer() && !(value instanceof Long)) {
      return "'%s' = %s must be a Long".formatted(d.label(), value);
    }
    if (!n.integer() && !(value instanceof Double)) {
      return "'%s' = %s must be a Double".formatted(d.label(), value);
    }
    double x = ((Number) value).doubleValue();
    if (Double.isNaN(x) || x < n.lower() || x > n.upper()) {
      return "'%s' = %s is outside [%s, %s]".formatted(d.label(), value, n.lower(), n.upper());
    }
    if (n.q() > 0 && !onGrid(x, n.q())) {
      return "'%s' = %s is not a multiple of q = %s".formatted(d.label(), value, n.q());
    }
    return null;
  }

  /** True when {@code x} is a multiple of {@code q} up to rounding error. */
  public static boolean onGrid(double x, double q) {
    double k = Math.rint(x / q);
    return Math.abs(x - Grid.multiple(k, q)) <= 1e-9 * Math.max(1, Math.abs(x));
  }

  /**
   * Converts a value read back from text or JSON (a number of any boxed type, a string) into the
   * type an assignment carries for {@code d}, or {@code null} when it cannot be.
   */
  public static Object coerce(Dimension d, Object raw) {
    if (raw == null) {
      return null;
    }
    if (d instanceof Dimension.Choice c) {
      if (c.indexOf(raw) >= 0) {
        return raw;
      }
      for (Object option : c.options()) {
        if (String.valueOf(option).equals(String.valueOf(raw))
            || (option instanceof Enum<?> e && e.name().equals(String.valueOf(raw)))) {
          return option;
        }
        if (option instanceof Number on
            && raw instanceof Number rn
            && on.doubleValue() == rn.doubleValue()) {
          return option;
        }
      }
      return null;
    }
    if (d instanceof Dimension.Branches b) {
      return b.indexOf(String.valueOf(raw)) >= 0 ? String.valueOf(raw) : null;
    }
    Dimension.Numeric n = (Dimension.Numeric) d;
    double x;
    if (raw instanceof Number num) {
      x = num.doubleValue();
    } else {
      try {
        x = Double.parseDouble(String.valueOf(raw));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (n.integer()) {
      return x == Math.rint(x) ? (Object) (long) x : null;
    }
    return x;
  }
}
