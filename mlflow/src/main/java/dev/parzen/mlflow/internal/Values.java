package dev.parzen.mlflow.internal;

/**
 * Parameter values as MLflow text: typed, never choice indices. Numbers of integer kinds are
 * written as integers, reals as Java's {@link Double#toString}, enum options by {@code name()}.
 */
public final class Values {

  private Values() {}

  /** The text of one {@link dev.parzen.Assignment} value. */
  public static String format(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Double d) {
      return Double.toString(d);
    }
    if (value instanceof Float f) {
      return Float.toString(f);
    }
    return String.valueOf(value);
  }
}
