package dev.parzen.processor.validation;

import dev.parzen.processor.model.Branch;
import dev.parzen.processor.model.ChoiceOptions;
import dev.parzen.processor.model.Mirrors;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.SpaceAnnotations;
import dev.parzen.processor.model.SpaceModel;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Runs every check on a space and its branches, collecting all problems rather than stopping at the
 * first. Problems inside a branch record are reported by that record when it is a space of its own,
 * and moved onto the choosing field otherwise.
 */
public final class SpaceValidator {

  private final TypeValidator typeValidator = new TypeValidator();
  private final MemberValidator memberValidator = new MemberValidator();
  private final LabelCheck labelCheck = new LabelCheck();
  private final List<ParamCheck> paramChecks =
      List.of(
          new DistributionCountCheck(),
          new FitCheck(),
          new BoundsCheck(),
          new DefaultCheck(),
          new ChoiceCheck(),
          new LintCheck());

  /** All problems of {@code space}. */
  public ValidationReport validate(SpaceModel space) {
    ValidationReport report = new ValidationReport();
    validateOwn(space, report);
    labelCheck.check(space, report);
    return report;
  }

  private void validateOwn(SpaceModel space, ValidationReport report) {
    typeValidator.check(space, report);
    memberValidator.check(space, report);
    for (Param p : space.params()) {
      if (p.distribution() == null) {
        continue;
      }
      for (ParamCheck check : paramChecks) {
        check.check(p, report);
      }
      if (p.branches()) {
        validateBranches(p, report);
      }
    }
  }

  private void validateBranches(Param p, ValidationReport report) {
    for (Branch b : ChoiceOptions.selectedBranches(p)) {
      if (!b.usable()) {
        continue;
      }
      ValidationReport inner = new ValidationReport();
      validateOwn(b.space(), inner);
      report.addBranch(inner, isSpaceItself(b.type()), p.element(), b.key());
    }
  }

  /** True when the type has space annotations, so it is processed and reported on its own. */
  public static boolean isSpaceItself(TypeElement type) {
    for (Element e : type.getEnclosedElements()) {
      if (e.getAnnotationMirrors().stream()
          .anyMatch(m -> SpaceAnnotations.isSpaceAnnotation(Mirrors.name(m)))) {
        return true;
      }
    }
    return false;
  }
}
