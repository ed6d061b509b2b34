package dev.parzen.processor.model;

import java.util.LinkedHashSet;
import java.util.Set;

/** The names of the annotations the processor reads; it never loads their classes. */
public final class SpaceAnnotations {

  /** The package of every Parzen annotation. */
  public static final String PACKAGE = "dev.parzen.annotations";

  /** {@code @Choice}. */
  public static final String CHOICE = PACKAGE + ".Choice";

  /** {@code @Tune}. */
  public static final String TUNE = PACKAGE + ".Tune";

  /** {@code @AfterTuning}. */
  public static final String AFTER_TUNING = PACKAGE + ".AfterTuning";

  private SpaceAnnotations() {}

  /** The qualified names of the space annotations: the numeric kinds and {@code @Choice}. */
  public static Set<String> spaceAnnotations() {
    Set<String> names = new LinkedHashSet<>();
    for (NumericKind k : NumericKind.values()) {
      names.add(k.qualifiedName());
    }
    names.add(CHOICE);
    return names;
  }

  /** True when {@code qualifiedName} is a space annotation. */
  public static boolean isSpaceAnnotation(String qualifiedName) {
    return CHOICE.equals(qualifiedName) || NumericKind.of(qualifiedName).isPresent();
  }

  /** The simple name of an annotation's qualified name. */
  public static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
