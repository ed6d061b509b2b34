package dev.parzen.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.parzen.processor.model.Branch;
import dev.parzen.processor.model.ChoiceOptions;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.SpaceModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The bodies of a decoder: building an instance from an assignment, and back, with one private
 * helper pair per conditional so that only the chosen branch's record is built or read.
 */
final class DecoderMethods {

  private final List<MethodSpec> decodeHelpers = new ArrayList<>();
  private final List<MethodSpec> encodeHelpers = new ArrayList<>();
  private final Map<Param, String> names = new IdentityHashMap<>();
  private final Set<String> used = new HashSet<>();

  /** The private helpers created so far: decoders first, then encoders. */
  List<MethodSpec> helpers() {
    List<MethodSpec> all = new ArrayList<>(decodeHelpers);
    all.addAll(encodeHelpers);
    return all;
  }

  /** Statements that build an instance of {@code space} and return it. */
  CodeBlock construct(SpaceModel space) {
    ClassName type = ClassName.get(space.type());
    if (space.record() || !space.constructorArgs().isEmpty()) {
      List<CodeBlock> args = new ArrayList<>();
      for (String name : space.constructorArgs()) {
        args.add(read(param(space, name)));
      }
      return CodeBlock.builder()
          .add("return new $T(", type)
          .add(args.size() > 1 ? "\n$>$>$L$<$<" : "$L", CodeBlock.join(args, ",\n"))
          .add(");\n")
          .build();
    }
    CodeBlock.Builder code = CodeBlock.builder().addStatement("$T value = new $T()", type, type);
    for (Param p : space.params()) {
      String writer = p.access().writer();
      switch (p.access().write()) {
        case SETTER -> code.addStatement("value.$L($L)", writer, read(p));
        default -> code.addStatement("value.$L = $L", writer, read(p));
      }
    }
    return code.addStatement("return value").build();
  }

  /** Statements that put every parameter of {@code space}, read from {@code source}, into out. */
  CodeBlock deconstruct(SpaceModel space, String source) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Param p : space.params()) {
      code.add(ValueCode.write(p, source, p.branches() ? encodeHelper(p) : null));
    }
    return code.build();
  }

  private CodeBlock read(Param p) {
    return ValueCode.read(p, p.branches() ? decodeHelper(p) : null);
  }

  private static Param param(SpaceModel space, String name) {
    for (Param p : space.params()) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalStateException("no parameter " + name + " in " + space.type());
  }

  private String baseName(Param p) {
    return names.computeIfAbsent(
        p,
        k -> {
          StringBuilder name = new StringBuilder();
          for (String part : k.label().split("\\.")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
          }
          String unique = name.toString();
          for (int i = 2; !used.add(unique); i++) {
            unique = name.toString() + i;
          }
          return unique;
        });
  }

  private String decodeHelper(Param p) {
    String name = "decode" + baseName(p);
    int slot = decodeHelpers.size();
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("String branch = assignment.getString($S)", p.label())
            .beginControlFlow("switch (branch)");
    for (Branch b : ChoiceOptions.selectedBranches(p)) {
      body.add("case $S:\n$>", b.key()).add(construct(b.space())).add("$<");
    }
    body.add("default:\n$>")
        .addStatement(
            "throw new IllegalArgumentException($S + branch + $S)",
            "'" + p.label() + "' = ",
            " is not one of its branches " + ChoiceOptions.selected(p))
        .add("$<")
        .endControlFlow();
    decodeHelpers.add(
        slot,
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(ClassName.get(Literals.typeElement(p)))
            .addParameter(Runtime.ASSIGNMENT, "assignment")
            .addCode(body.build())
            .build());
    return name;
  }

  private String encodeHelper(Param p) {
    String name = "encode" + baseName(p);
    int slot = encodeHelpers.size();
    CodeBlock.Builder body = CodeBlock.builder();
    String keyword = "if";
    for (Branch b : ChoiceOptions.selectedBranches(p)) {
      ClassName type = ClassName.get(b.type());
      boolean bind = !b.space().params().isEmpty();
      body.beginControlFlow(
              bind ? "$L (value instanceof $T branch)" : "$L (value instanceof $T)", keyword, type)
          .addStatement("out.put($S, $S)", p.label(), b.key())
          .add(deconstruct(b.space(), "branch"));
      body.unindent();
      keyword = "} else if";
    }
    body.add("} else {\n$>")
        .addStatement(
            "throw new IllegalArgumentException($S + value + $S)",
            "'" + p.label() + "' = ",
            " is not one of the branches " + ChoiceOptions.selected(p) + " of this space")
        .endControlFlow();
    encodeHelpers.add(
        slot,
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(ClassName.get(Literals.typeElement(p)), "value")
            .addParameter(Runtime.ASSIGNMENT_BUILDER, "out")
            .addCode(body.build())
            .build());
    return name;
  }
}
