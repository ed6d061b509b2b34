package dev.parzen.processor.validation;

/**
 * The warnings the processor gives, from the advice of Hyperopt's best-practice guide; each is
 * silenced with {@code @SuppressWarnings("parzen.<name>")} on the element or an enclosing one.
 */
public enum Lint {
  /** {@code @Choice} over numbers: the optimiser cannot use their order. */
  ORDINAL_CHOICE("ordinalChoice"),
  /** {@code @Uniform} over more than two decades of positive values. */
  WIDE_UNIFORM("wideUniform"),
  /** {@code @QUniform(q = 1)} on a real field: probably meant to be an integer. */
  REAL_QUANTUM("realQuantum"),
  /** A speed or convergence knob tuned as if it were a hyperparameter. */
  NOT_A_HYPERPARAMETER("notAHyperparameter");

  private final String name;

  Lint(String name) {
    this.name = name;
  }

  /** The name after {@code parzen.} in {@code @SuppressWarnings}: {@code ordinalChoice}. */
  public String lintName() {
    return name;
  }

  /** The key that suppresses it: {@code parzen.ordinalChoice}. */
  public String key() {
    return "parzen." + name;
  }

  /** The id that starts its message: {@code ParzenOrdinalChoice}. */
  public String id() {
    return "Parzen" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** The sentence that ends its message. */
  String suppression() {
    return "(suppress with @SuppressWarnings(\"" + key() + "\"))";
  }
}
