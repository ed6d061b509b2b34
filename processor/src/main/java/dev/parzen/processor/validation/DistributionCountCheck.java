package dev.parzen.processor.validation;

import dev.parzen.processor.model.Mirrors;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.SpaceAnnotations;
import javax.lang.model.element.AnnotationMirror;

/** A parameter has one distribution: a second annotation is an error on that annotation. */
final class DistributionCountCheck implements ParamCheck {

  @Override
  public void check(Param p, ValidationReport report) {
    if (p.annotations().size() < 2) {
      return;
    }
    String first = SpaceAnnotations.simpleName(Mirrors.name(p.annotations().get(0)));
    for (AnnotationMirror extra : p.annotations().subList(1, p.annotations().size())) {
      String name = SpaceAnnotations.simpleName(Mirrors.name(extra));
      report.error(
          "[ParzenOneDistribution] '%s' has two distributions, @%s and @%s; keep one"
              .formatted(p.name(), first, name),
          p.element(),
          extra,
          null);
    }
  }
}
