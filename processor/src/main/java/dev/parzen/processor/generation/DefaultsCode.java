package dev.parzen.processor.generation;

import com.palantir.javapoet.CodeBlock;
import dev.parzen.processor.model.Branch;
import dev.parzen.processor.model.ChoiceOptions;
import dev.parzen.processor.model.Distribution;
import dev.parzen.processor.model.Param;
import java.util.List;

/**
 * The assignment of the library defaults, when every parameter active under them has one: all
 * top-level parameters and those of the default branch of each conditional.
 */
final class DefaultsCode {

  private DefaultsCode() {}

  /** {@code Optional.of(Assignment.builder().put(...).build())}, or {@code Optional.empty()}. */
  static CodeBlock of(List<Param> params) {
    CodeBlock.Builder puts = CodeBlock.builder();
    if (!add(params, puts)) {
      return CodeBlock.of("$T.empty()", Runtime.OPTIONAL);
    }
    return CodeBlock.builder()
        .add("$T.of(\n", Runtime.OPTIONAL)
        .indent()
        .indent()
        .add("$T.builder()", Runtime.ASSIGNMENT)
        .indent()
        .add(puts.build())
        .add("\n.build())")
        .unindent()
        .unindent()
        .unindent()
        .build();
  }

  private static boolean add(List<Param> params, CodeBlock.Builder puts) {
    for (Param p : params) {
      if (p.numeric() != null) {
        Distribution.Numeric n = p.numeric();
        if (!n.hasDefault()) {
          return false;
        }
        boolean integer = p.valueType().integer();
        CodeBlock v = integer ? Literals.whole(n.defaultValue()) : Literals.real(n.defaultValue());
        puts.add("\n.put($S, $L)", p.label(), v);
      } else if (!addChoice(p, puts)) {
        return false;
      }
    }
    return true;
  }

  private static boolean addChoice(Param p, CodeBlock.Builder puts) {
    Distribution.Choice c = p.choice();
    if (c == null || !c.hasDefault()) {
      return false;
    }
    puts.add("\n.put($S, $L)", p.label(), Literals.option(p, c.defaultOption()));
    if (!p.branches()) {
      return true;
    }
    for (Branch b : ChoiceOptions.selectedBranches(p)) {
      if (b.key().equals(c.defaultOption())) {
        return add(b.space().params(), puts);
      }
    }
    return false;
  }
}
