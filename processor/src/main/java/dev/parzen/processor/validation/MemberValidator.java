package dev.parzen.processor.validation;

import dev.parzen.processor.model.Access;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.SpaceModel;
import javax.lang.model.element.Modifier;

/**
 * Checks that the decoder can set, and the encoder read, every parameter: not static, assignable
 * and readable, and every record component annotated (the canonical constructor needs them all).
 */
final class MemberValidator {

  void check(SpaceModel space, ValidationReport report) {
    for (Param p : space.params()) {
      if (p.annotations().isEmpty()) {
        report.error(
            "[ParzenUnannotated] record component '%s' has no space annotation, but the canonical constructor needs a value for it; annotate it (a fixed value is @Choice with one option) or move it out of the record"
                .formatted(p.name()),
            p.element());
      } else if (p.element().getModifiers().contains(Modifier.STATIC)) {
        report.error(
            "[ParzenStatic] static field '%s' cannot be a parameter: every trial needs its own value; remove 'static'"
                .formatted(p.name()),
            p.element(),
            p.annotations().get(0),
            null);
      } else {
        checkAccess(space, p, report);
      }
    }
  }

  private static void checkAccess(SpaceModel space, Param p, ValidationReport report) {
    if (!space.constructible()) {
      return;
    }
    Access a = p.access();
    String type = space.type().getSimpleName().toString();
    if (a.write() == Access.Write.NONE) {
      report.error(
          "[ParzenUnassignable] field '%s' of %s cannot be set by generated code in its package: it is %s; add a non-final setter %s, make the field non-private and non-final, or add a constructor taking the annotated fields"
              .formatted(
                  p.name(),
                  type,
                  p.element().getModifiers().contains(Modifier.FINAL) ? "final" : "private",
                  "set" + Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1)),
          p.element(),
          p.annotations().get(0),
          null);
    } else if (a.read() == null) {
      report.error(
          "[ParzenUnassignable] field '%s' of %s cannot be read by generated code in its package (needed to encode known points); add a getter get%s() or make the field non-private"
              .formatted(
                  p.name(),
                  type,
                  Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1)),
          p.element(),
          p.annotations().get(0),
          null);
    }
  }
}
