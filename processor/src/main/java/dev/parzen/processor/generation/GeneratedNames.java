package dev.parzen.processor.generation;

import com.palantir.javapoet.ClassName;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Names of generated classes: {@code <Type>Space} and {@code <Type>Decoder} in the type's package,
 * nested types joined with underscores ({@code Outer_InnerSpace}), as the runtime's {@code
 * Spaces.generatedSpaceName} expects.
 */
public final class GeneratedNames {

  private GeneratedNames() {}

  /** The generated space of {@code type}. */
  public static ClassName space(TypeElement type) {
    return ClassName.get(packageName(type), flatName(type) + "Space");
  }

  /** The generated decoder of {@code type}. */
  public static ClassName decoder(TypeElement type) {
    return ClassName.get(packageName(type), flatName(type) + "Decoder");
  }

  static String packageName(TypeElement type) {
    Element e = type;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }

  private static String flatName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement();
        e instanceof TypeElement t;
        e = e.getEnclosingElement()) {
      name.insert(0, t.getSimpleName() + "_");
    }
    return name.toString();
  }
}
