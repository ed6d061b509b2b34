package dev.parzen.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.parzen.processor.model.Param;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/** Java source for the constants of generated code: bounds, options, defaults. */
final class Literals {

  private Literals() {}

  /** A double literal: {@code 0.001}, {@code 12.0}. */
  static CodeBlock real(double x) {
    return CodeBlock.of("$L", Double.toString(x));
  }

  /** A long literal: {@code 12L}. */
  static CodeBlock whole(double x) {
    return CodeBlock.of("$LL", (long) x);
  }

  /**
   * The option {@code text} as the value the choice dimension holds for {@code p}: the enum
   * constant, the string, the boolean, or the number boxed as the field's type.
   */
  static CodeBlock option(Param p, String text) {
    String t = text.trim();
    return switch (p.valueType()) {
      case ENUM -> CodeBlock.of("$T.$L", ClassName.get(typeElement(p)), t);
      case BOOLEAN -> CodeBlock.of("$L", Boolean.parseBoolean(t));
      case INT -> CodeBlock.of("$L", Integer.parseInt(t));
      case LONG -> CodeBlock.of("$LL", Long.parseLong(t));
      case DOUBLE -> CodeBlock.of("$L", Double.toString(Double.parseDouble(t)));
      case FLOAT -> CodeBlock.of("$Lf", Float.toString(Float.parseFloat(t)));
      case SEALED -> CodeBlock.of("$S", text);
      default -> CodeBlock.of("$S", text);
    };
  }

  /** The element of a parameter's declared type. */
  static TypeElement typeElement(Param p) {
    return (TypeElement) ((DeclaredType) p.type()).asElement();
  }

  /** The class to pass to {@code Assignment.get(label, type)} for a choice parameter. */
  static ClassName boxed(Param p) {
    String box = p.valueType().boxed();
    return box != null ? ClassName.get("java.lang", box) : ClassName.get(typeElement(p));
  }
}
