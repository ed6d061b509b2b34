package dev.parzen.processor.generation;

import com.palantir.javapoet.CodeBlock;
import dev.parzen.processor.model.Branch;
import dev.parzen.processor.model.ChoiceOptions;
import dev.parzen.processor.model.Distribution;
import dev.parzen.processor.model.Param;
import java.util.ArrayList;
import java.util.List;

/** The runtime-builder call chain that declares the dimensions of a list of parameters. */
final class DimensionCode {

  private DimensionCode() {}

  /** {@code Space.builder() .uniform(...) ... .build().dimensions()} for {@code params}. */
  static CodeBlock dimensions(List<Param> params) {
    if (params.isEmpty()) {
      return CodeBlock.of("$T.of()", Runtime.LIST);
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()", Runtime.SPACE).indent();
    for (Param p : params) {
      code.add("\n.").add(call(p));
    }
    return code.add("\n.build()\n.dimensions()").unindent().build();
  }

  private static CodeBlock call(Param p) {
    if (p.branches()) {
      return branches(p);
    }
    if (p.choice() != null) {
      List<CodeBlock> args = new ArrayList<>();
      args.add(CodeBlock.of("$S", p.label()));
      ChoiceOptions.selected(p).forEach(o -> args.add(Literals.option(p, o)));
      return CodeBlock.of("choice($L)", CodeBlock.join(args, ", "));
    }
    return numeric(p, p.numeric());
  }

  private static CodeBlock numeric(Param p, Distribution.Numeric n) {
    boolean integer = p.valueType().integer();
    String label = p.label();
    return switch (n.kind()) {
      case UNIFORM -> bounds("uniform", label, n);
      case LOG_UNIFORM -> bounds("loguniform", label, n);
      case QUNIFORM -> quantised(integer ? "quniformInt" : "quniform", label, n, integer);
      case QLOG_UNIFORM -> quantised(integer ? "qloguniformInt" : "qloguniform", label, n, integer);
      case NORMAL -> normal("normal", label, n);
      case LOG_NORMAL -> normal("lognormal", label, n);
      case QNORMAL -> quantisedNormal("QNormal", "qnormal", label, n, integer);
      case QLOG_NORMAL -> quantisedNormal("QLogNormal", "qlognormal", label, n, integer);
      case RAND_INT ->
          CodeBlock.of(
              "randint($S, $L, $L)", label, Literals.whole(n.min()), Literals.whole(n.max()));
    };
  }

  private static CodeBlock bounds(String method, String label, Distribution.Numeric n) {
    return CodeBlock.of(
        "$L($S, $L, $L)", method, label, Literals.real(n.min()), Literals.real(n.max()));
  }

  private static CodeBlock quantised(
      String method, String label, Distribution.Numeric n, boolean integer) {
    if (integer) {
      return CodeBlock.of(
          "$L($S, $L, $L, $L)",
          method,
          label,
          Literals.whole(n.min()),
          Literals.whole(n.max()),
          Literals.whole(n.q()));
    }
    return CodeBlock.of(
        "$L($S, $L, $L, $L)",
        method,
        label,
        Literals.real(n.min()),
        Literals.real(n.max()),
        Literals.real(n.q()));
  }

  private static CodeBlock normal(String method, String label, Distribution.Numeric n) {
    return CodeBlock.of(
        "$L($S, $L, $L)", method, label, Literals.real(n.mu()), Literals.real(n.sigma()));
  }

  private static CodeBlock quantisedNormal(
      String record, String method, String label, Distribution.Numeric n, boolean integer) {
    if (!integer) {
      return CodeBlock.of(
          "$L($S, $L, $L, $L)",
          method,
          label,
          Literals.real(n.mu()),
          Literals.real(n.sigma()),
          Literals.real(n.q()));
    }
    // The builder has no integer variant of the normal family: add the dimension itself.
    return CodeBlock.of(
        "add(new $T.$L($S, $L, $L, $L, true))",
        Runtime.DIMENSION,
        record,
        label,
        Literals.real(n.mu()),
        Literals.real(n.sigma()),
        Literals.real(n.q()));
  }

  private static CodeBlock branches(Param p) {
    List<CodeBlock> list = new ArrayList<>();
    for (Branch b : ChoiceOptions.selectedBranches(p)) {
      list.add(
          CodeBlock.of(
              "new $T.Branch($S, $L)", Runtime.DIMENSION, b.key(), dimensions(b.space().params())));
    }
    return CodeBlock.builder()
        .add("add(\n")
        .indent()
        .add("new $T.Branches(\n", Runtime.DIMENSION)
        .indent()
        .add("$S,\n$T.of(\n", p.label(), Runtime.LIST)
        .indent()
        .add(CodeBlock.join(list, ",\n"))
        .unindent()
        .add("),\n$T.of()))", Runtime.LIST)
        .unindent()
        .unindent()
        .build();
  }
}
