package dev.parzen.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotation values from mirrors, so the processor needs no annotation classes loaded. */
public final class Mirrors {

  private Mirrors() {}

  /** The qualified name of the annotation's type. */
  public static String name(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The mirror of the annotation named {@code qualifiedName} on {@code element}, or null. */
  public static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (name(m).equals(qualifiedName)) {
        return m;
      }
    }
    return null;
  }

  /**
   * The value written for {@code attribute}, or null when the attribute takes its default: errors
   * then land on the annotation instead of a value.
   */
  public static AnnotationValue explicit(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue();
      }
    }
    return null;
  }

  /** The value of {@code attribute}, written or default. */
  public static Object value(Elements elements, AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return e.getValue().getValue();
      }
    }
    throw new IllegalArgumentException("@" + name(mirror) + " has no attribute " + attribute);
  }

  /** A numeric attribute as a double; NaN when the annotation has no such attribute. */
  public static double number(Elements elements, AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(attribute)) {
        return ((Number) e.getValue().getValue()).doubleValue();
      }
    }
    return Double.NaN;
  }

  /** A {@code String[]} attribute. */
  public static List<String> strings(Elements elements, AnnotationMirror mirror, String attribute) {
    List<String> out = new ArrayList<>();
    for (Object v : (List<?>) value(elements, mirror, attribute)) {
      out.add(String.valueOf(((AnnotationValue) v).getValue()));
    }
    return out;
  }

  /** The written element of a {@code String[]} attribute at {@code index}, or null. */
  public static AnnotationValue explicitElement(
      AnnotationMirror mirror, String attribute, int index) {
    AnnotationValue array = explicit(mirror, attribute);
    if (array == null) {
      return null;
    }
    if (array.getValue() instanceof List<?> list) {
      return index < list.size() ? (AnnotationValue) list.get(index) : array;
    }
    return array;
  }
}
