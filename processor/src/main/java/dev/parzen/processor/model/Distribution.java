package dev.parzen.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/** The distribution one space annotation declares, with the values written in it. */
public sealed interface Distribution {

  /** The annotation this was read from: where its errors land. */
  AnnotationMirror mirror();

  /**
   * A numeric annotation. Attributes the kind does not have are NaN.
   *
   * @param defaultValue NaN when there is none
   */
  record Numeric(
      NumericKind kind,
      AnnotationMirror mirror,
      double min,
      double max,
      double q,
      double mu,
      double sigma,
      double defaultValue)
      implements Distribution {

    /** True when the annotation gives a default value. */
    public boolean hasDefault() {
      return !Double.isNaN(defaultValue);
    }
  }

  /**
   * A {@code @Choice}.
   *
   * @param listed the options as written, possibly none
   * @param defaultOption the default as written; empty when there is none
   * @param branches the branches when the field is a sealed interface, else empty
   */
  record Choice(
      AnnotationMirror mirror, List<String> listed, String defaultOption, List<Branch> branches)
      implements Distribution {

    /** True when the annotation names a default option. */
    public boolean hasDefault() {
      return !defaultOption.isEmpty();
    }
  }
}
