package dev.parzen.processor.model;

import java.util.Optional;

/** The numeric space annotations, with what the processor needs to know about each. */
public enum NumericKind {
  UNIFORM("Uniform", "uniform", false, false, false),
  QUNIFORM("QUniform", "quniform", false, true, false),
  LOG_UNIFORM("LogUniform", "loguniform", true, false, false),
  QLOG_UNIFORM("QLogUniform", "qloguniform", true, true, false),
  NORMAL("Normal", "normal", false, false, true),
  QNORMAL("QNormal", "qnormal", false, true, true),
  LOG_NORMAL("LogNormal", "lognormal", true, false, true),
  QLOG_NORMAL("QLogNormal", "qlognormal", true, true, true),
  RAND_INT("RandInt", "randint", false, true, false);

  private final String simpleName;
  private final String kind;
  private final boolean log;
  private final boolean quantised;
  private final boolean normal;

  NumericKind(String simpleName, String kind, boolean log, boolean quantised, boolean normal) {
    this.simpleName = simpleName;
    this.kind = kind;
    this.log = log;
    this.quantised = quantised;
    this.normal = normal;
  }

  /** The kind of the annotation with this qualified name, if it is a numeric space annotation. */
  public static Optional<NumericKind> of(String qualifiedName) {
    for (NumericKind k : values()) {
      if (k.qualifiedName().equals(qualifiedName)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** The annotation's simple name, as users write it: {@code LogUniform}. */
  public String simpleName() {
    return simpleName;
  }

  /** The annotation's qualified name. */
  public String qualifiedName() {
    return SpaceAnnotations.PACKAGE + "." + simpleName;
  }

  /** The runtime's name of the kind, which is also the builder method: {@code loguniform}. */
  public String kind() {
    return kind;
  }

  /** True when the prior lives in {@code ln x}: bounds must be positive. */
  public boolean log() {
    return log;
  }

  /** True for the kinds that yield values on a grid, which integer fields need. */
  public boolean quantised() {
    return quantised;
  }

  /** True for the normal family, parameterised by {@code mu} and {@code sigma}. */
  public boolean normal() {
    return normal;
  }

  /** True for the kind that only integer fields take. */
  public boolean integerOnly() {
    return this == RAND_INT;
  }

  /** The quantised kind to suggest when a continuous kind annotates an integer field. */
  public NumericKind quantisedVariant() {
    return switch (this) {
      case UNIFORM -> QUNIFORM;
      case LOG_UNIFORM -> QLOG_UNIFORM;
      case NORMAL -> QNORMAL;
      case LOG_NORMAL -> QLOG_NORMAL;
      default -> this;
    };
  }
}
