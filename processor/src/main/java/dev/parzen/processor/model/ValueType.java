package dev.parzen.processor.model;

import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The Java types a parameter can have, as far as spaces are concerned. */
public enum ValueType {
  DOUBLE("double", "Double"),
  FLOAT("float", "Float"),
  INT("int", "Integer"),
  LONG("long", "Long"),
  BOOLEAN("boolean", "Boolean"),
  STRING(null, "String"),
  ENUM(null, null),
  SEALED(null, null),
  OTHER(null, null);

  private final String primitive;
  private final String boxed;

  ValueType(String primitive, String boxed) {
    this.primitive = primitive;
    this.boxed = boxed;
  }

  /** The value type of {@code type}; primitives and their boxes map alike. */
  public static ValueType of(TypeMirror type) {
    switch (type.getKind()) {
      case DOUBLE:
        return DOUBLE;
      case FLOAT:
        return FLOAT;
      case INT:
        return INT;
      case LONG:
        return LONG;
      case BOOLEAN:
        return BOOLEAN;
      case DECLARED:
        return ofDeclared((DeclaredType) type);
      default:
        return OTHER;
    }
  }

  private static ValueType ofDeclared(DeclaredType type) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    for (ValueType v : values()) {
      if (v.boxed != null && name.equals("java.lang." + v.boxed)) {
        return v;
      }
    }
    if (element.getKind() == ElementKind.ENUM) {
      return ENUM;
    }
    if (element.getKind() == ElementKind.INTERFACE
        && element.getModifiers().contains(Modifier.SEALED)) {
      return SEALED;
    }
    return OTHER;
  }

  /** True for {@code int}, {@code long} and their boxes. */
  public boolean integer() {
    return this == INT || this == LONG;
  }

  /** True for {@code double}, {@code float} and their boxes. */
  public boolean real() {
    return this == DOUBLE || this == FLOAT;
  }

  /** True for the types numeric annotations accept. */
  public boolean numeric() {
    return integer() || real();
  }

  /** True when {@code type} is a primitive rather than its box. */
  public static boolean primitive(TypeMirror type) {
    return type.getKind().isPrimitive() && type.getKind() != TypeKind.VOID;
  }

  /** The simple name of the box: {@code Integer}; null for enums, sealed and other types. */
  public String boxed() {
    return boxed;
  }

  /** The primitive's name: {@code int}; null when there is none. */
  public String primitive() {
    return primitive;
  }
}
