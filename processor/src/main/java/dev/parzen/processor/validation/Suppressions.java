package dev.parzen.processor.validation;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads {@code @SuppressWarnings} on an element and its enclosing elements. A record component
 * cannot carry it (its targets exclude record components), so for a component the annotation is
 * looked for where it propagates: the private field and the accessor.
 */
final class Suppressions {

  private Suppressions() {}

  static boolean suppressed(Element element, Lint lint) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (carries(e, lint)) {
        return true;
      }
    }
    if (element.getKind() == ElementKind.RECORD_COMPONENT) {
      RecordComponentElement c = (RecordComponentElement) element;
      TypeElement record = (TypeElement) c.getEnclosingElement();
      for (Element f : ElementFilter.fieldsIn(record.getEnclosedElements())) {
        if (f.getSimpleName().equals(c.getSimpleName()) && carries(f, lint)) {
          return true;
        }
      }
      return c.getAccessor() != null && carries(c.getAccessor(), lint);
    }
    return false;
  }

  private static boolean carries(Element e, Lint lint) {
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (!m.getAnnotationType().toString().equals("java.lang.SuppressWarnings")) {
        continue;
      }
      for (AnnotationValue v : m.getElementValues().values()) {
        for (Object key : (List<?>) v.getValue()) {
          if (lint.key().equals(((AnnotationValue) key).getValue())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
