package dev.parzen.processor.model;

/**
 * How generated code reads and writes one parameter of the source type, found by the parser; {@code
 * null} parts are what the validator reports as unassignable.
 *
 * @param read the expression suffix after {@code value.}: {@code depth()}, {@code getDepth()} or
 *     {@code depth}; null when the parameter cannot be read
 * @param write how the decoder sets it
 * @param writer the setter or field name for {@link Write#SETTER} and {@link Write#FIELD}
 */
public record Access(String read, Write write, String writer) {

  /** How the decoder sets a parameter. */
  public enum Write {
    /** As an argument of the constructor the decoder calls. */
    CONSTRUCTOR,
    /** Through a setter after the no-argument constructor. */
    SETTER,
    /** By assigning the field after the no-argument constructor. */
    FIELD,
    /** Not at all: an error. */
    NONE
  }
}
