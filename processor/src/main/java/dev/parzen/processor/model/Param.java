package dev.parzen.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One annotated record component or field.
 *
 * @param element the record component or field, where its errors land
 * @param name the component or field name
 * @param label the parameter's label in the space: its name after the branch prefix
 * @param type the declared type
 * @param valueType what kind of value the type holds
 * @param annotations every space annotation on the element (more than one is an error)
 * @param distribution the distribution of the first of them; null when there is none
 * @param access how generated code reads and writes it
 */
public record Param(
    Element element,
    String name,
    String label,
    TypeMirror type,
    ValueType valueType,
    List<AnnotationMirror> annotations,
    Distribution distribution,
    Access access) {

  /** The numeric distribution, or null for a choice or a missing annotation. */
  public Distribution.Numeric numeric() {
    return distribution instanceof Distribution.Numeric n ? n : null;
  }

  /** The choice, or null for a numeric distribution or a missing annotation. */
  public Distribution.Choice choice() {
    return distribution instanceof Distribution.Choice c ? c : null;
  }

  /** True when the parameter chooses between branches of a sealed interface. */
  public boolean branches() {
    return choice() != null && valueType == ValueType.SEALED;
  }

  /** True when the declared type is a primitive. */
  public boolean primitive() {
    return ValueType.primitive(type);
  }
}
