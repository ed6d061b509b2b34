package dev.parzen.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Whether a type's fields refer to types not generated yet: those wait for the next round. */
final class Unresolved {

  private Unresolved() {}

  static boolean in(TypeElement type) {
    for (Element e : type.getEnclosedElements()) {
      if ((e.getKind() == ElementKind.FIELD || e.getKind() == ElementKind.RECORD_COMPONENT)
          && isError(e.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isError(TypeMirror type) {
    return type.getKind() == TypeKind.ERROR;
  }
}
