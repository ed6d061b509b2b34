package dev.parzen.processor.validation;

import dev.parzen.processor.model.Mirrors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/**
 * Checks the {@code @Tune} values that are wrong whatever the space: counts, durations, rates. The
 * engine checks the rest (the objective's signature) when it discovers the method.
 */
public final class TuneValidator {

  private final Elements elements;

  /** A validator reading default values through {@code elements}. */
  public TuneValidator(Elements elements) {
    this.elements = elements;
  }

  /** The problems of the {@code @Tune} annotation {@code tune} on {@code method}. */
  public ValidationReport validate(Element method, AnnotationMirror tune) {
    ValidationReport report = new ValidationReport();
    Placer at =
        (id, attribute, message) ->
            report.error(
                "[" + id + "] " + message, method, tune, Mirrors.explicit(tune, attribute));
    long maxEvals = ((Number) Mirrors.value(elements, tune, "maxEvals")).longValue();
    if (maxEvals == 0 || maxEvals < -1) {
      at.error(
          "ParzenTuneMaxEvals",
          "maxEvals",
          "@Tune.maxEvals must be >= 1, or -1 for the advice of the space's size (was %d)"
              .formatted(maxEvals));
    }
    for (String attribute : new String[] {"parallelism", "threadsPerTrial"}) {
      int n = ((Number) Mirrors.value(elements, tune, attribute)).intValue();
      if (n < 1) {
        at.error(
            "ParzenTuneParallelism",
            attribute,
            "@Tune.%s must be >= 1 (was %d); 1 runs serially".formatted(attribute, n));
      }
    }
    for (String attribute : new String[] {"timeout", "trialTimeout"}) {
      checkDuration(at, attribute, (String) Mirrors.value(elements, tune, attribute));
    }
    double rate = ((Number) Mirrors.value(elements, tune, "maxFailureRate")).doubleValue();
    if (!(rate >= 0 && rate <= 1)) {
      at.error(
          "ParzenTuneFailureRate",
          "maxFailureRate",
          "@Tune.maxFailureRate is a fraction in [0, 1] (was %s); 0.5 abandons a run once half the trials fail"
              .formatted(rate));
    }
    checkEarlyStop(report, method, tune);
    return report;
  }

  private static void checkDuration(Placer at, String attribute, String text) {
    if (text.isEmpty()) {
      return;
    }
    String problem = null;
    try {
      if (DurationText.parse(text).isNegative() || DurationText.parse(text).isZero()) {
        problem = "must be positive";
      }
    } catch (IllegalArgumentException e) {
      problem = "is not a duration";
    }
    if (problem != null) {
      at.error(
          "ParzenTuneDuration",
          attribute,
          "@Tune.%s \"%s\" %s; write it like \"90s\", \"10m\", \"1h30m\" or ISO-8601 \"PT10M\", or leave it empty for no limit"
              .formatted(attribute, text, problem));
    }
  }

  private void checkEarlyStop(ValidationReport report, Element method, AnnotationMirror tune) {
    AnnotationMirror stop = (AnnotationMirror) Mirrors.value(elements, tune, "earlyStop");
    int trials = ((Number) Mirrors.value(elements, stop, "trials")).intValue();
    double min = ((Number) Mirrors.value(elements, stop, "minRelativeImprovement")).doubleValue();
    AnnotationValue where = Mirrors.explicit(tune, "earlyStop");
    if (trials < 0) {
      report.error(
          "[ParzenTuneEarlyStop] @NoProgress.trials must be >= 0 (was %d); 0 turns early stopping off"
              .formatted(trials),
          method,
          tune,
          where);
    }
    if (!(min >= 0) || Double.isInfinite(min)) {
      report.error(
          "[ParzenTuneEarlyStop] @NoProgress.minRelativeImprovement must be a fraction >= 0 (was %s); 0.01 means 1%%"
              .formatted(min),
          method,
          tune,
          where);
    }
  }

  /** Places an error on one attribute of the {@code @Tune} annotation. */
  private interface Placer {
    void error(String id, String attribute, String message);
  }
}
