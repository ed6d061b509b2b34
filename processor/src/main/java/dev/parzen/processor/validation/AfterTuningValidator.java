package dev.parzen.processor.validation;

import dev.parzen.processor.model.Mirrors;
import dev.parzen.processor.model.SpaceAnnotations;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** {@code @AfterTuning} must name {@code @Tune} methods of its class. */
public final class AfterTuningValidator {

  private final Elements elements;

  /** A validator that sees inherited methods through {@code elements}. */
  public AfterTuningValidator(Elements elements) {
    this.elements = elements;
  }

  /** The problems of {@code after} on {@code method}. */
  public ValidationReport validate(Element method, AnnotationMirror after) {
    ValidationReport report = new ValidationReport();
    Set<String> tuned = new TreeSet<>();
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
      if (Mirrors.find(m, SpaceAnnotations.TUNE) != null) {
        tuned.add(m.getSimpleName().toString());
      }
    }
    List<String> names = Mirrors.strings(elements, after, "value");
    if (names.isEmpty()) {
      report.error(
          "[ParzenAfterTuning] @AfterTuning names no @Tune method; name the ones it follows: %s"
              .formatted(tuned),
          method,
          after,
          Mirrors.explicit(after, "value"));
    }
    for (int i = 0; i < names.size(); i++) {
      if (!tuned.contains(names.get(i))) {
        report.error(
            "[ParzenAfterTuning] @AfterTuning names \"%s\", which is not a @Tune method of %s; the @Tune methods are %s"
                .formatted(names.get(i), owner.getSimpleName(), tuned),
            method,
            after,
            Mirrors.explicitElement(after, "value", i));
      }
    }
    return report;
  }
}
