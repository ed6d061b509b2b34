package dev.parzen.processor.generation;

import com.palantir.javapoet.CodeBlock;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.ValueType;

/**
 * The expressions that move one parameter between an assignment and a field. Assignments hold
 * {@code Double} for real kinds, {@code Long} for integer kinds and the option itself for choices;
 * {@code int} fields are narrowed with an overflow check.
 */
final class ValueCode {

  private ValueCode() {}

  /** The value of {@code p} read from the assignment variable {@code assignment}. */
  static CodeBlock read(Param p, String helper) {
    if (p.branches()) {
      return CodeBlock.of("$L(assignment)", helper);
    }
    if (p.choice() != null) {
      return CodeBlock.of("assignment.get($S, $T.class)", p.label(), Literals.boxed(p));
    }
    return switch (p.valueType()) {
      case INT -> CodeBlock.of("assignment.getInt($S)", p.label());
      case LONG -> CodeBlock.of("assignment.getLong($S)", p.label());
      case FLOAT -> CodeBlock.of("(float) assignment.getDouble($S)", p.label());
      default -> CodeBlock.of("assignment.getDouble($S)", p.label());
    };
  }

  /** The statement that puts {@code p}, read from {@code source}, into the builder {@code out}. */
  static CodeBlock write(Param p, String source, String helper) {
    CodeBlock field = CodeBlock.of("$L.$L", source, p.access().read());
    if (p.branches()) {
      return CodeBlock.of("$L($L, out);\n", helper, field);
    }
    CodeBlock value = field;
    if (p.numeric() != null && p.valueType() == ValueType.INT) {
      value = CodeBlock.of("(long) $L", field);
    } else if (p.numeric() != null && p.valueType() == ValueType.FLOAT) {
      // Through the float's shortest decimal, so 0.4f encodes as 0.4 and stays on a 0.1 grid.
      value = CodeBlock.of("Double.parseDouble(Float.toString($L))", field);
    }
    return CodeBlock.of("out.put($S, $L);\n", p.label(), value);
  }
}
