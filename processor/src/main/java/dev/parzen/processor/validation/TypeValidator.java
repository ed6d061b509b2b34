package dev.parzen.processor.validation;

import dev.parzen.processor.model.SpaceModel;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;

/** Checks the space type itself: not generic, reachable from its package, constructible. */
final class TypeValidator {

  void check(SpaceModel space, ValidationReport report) {
    TypeElement type = space.type();
    String name = type.getSimpleName().toString();
    if (!type.getTypeParameters().isEmpty()) {
      report.error(
          "[ParzenGeneric] space type %s has type parameters %s; a space needs concrete field types: remove the type parameters"
              .formatted(name, type.getTypeParameters()),
          type);
    }
    Element hidden = privateOrLocal(type);
    if (hidden != null) {
      report.error(
          "[ParzenAccess] space type %s is %s, so the generated %sSpace in its package cannot use it; make %s at least package-private and declare it in a class"
              .formatted(
                  name,
                  hidden == type ? "private or local" : "inside private " + hidden.getSimpleName(),
                  name,
                  hidden.getSimpleName()),
          type);
    }
    String problem = constructionProblem(space);
    if (problem != null) {
      report.error("[ParzenConstructor] " + problem, type);
    }
  }

  private static Element privateOrLocal(TypeElement type) {
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      if (t.getModifiers().contains(Modifier.PRIVATE)
          || t.getNestingKind() == NestingKind.LOCAL
          || t.getNestingKind() == NestingKind.ANONYMOUS) {
        return t;
      }
    }
    return null;
  }

  private static String constructionProblem(SpaceModel space) {
    TypeElement type = space.type();
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      return "%s is %s %s; a space is a record or a class: declare the parameters in a record"
          .formatted(name, article(type.getKind()), type.getKind().toString().toLowerCase());
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      return "%s is abstract, so the decoder cannot create it; make it concrete or use a record"
          .formatted(name);
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)
        && type.getKind() == ElementKind.CLASS) {
      return "%s is an inner class, so it needs an enclosing instance; declare it static"
          .formatted(name);
    }
    if (!space.constructible()) {
      return "%s has no constructor the decoder can call; add a non-private no-argument constructor, or one taking exactly the annotated fields"
          .formatted(name);
    }
    return null;
  }

  private static String article(ElementKind kind) {
    return kind == ElementKind.ENUM || kind == ElementKind.INTERFACE ? "an" : "a";
  }
}
