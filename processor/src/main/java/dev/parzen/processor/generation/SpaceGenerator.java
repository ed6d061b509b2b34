package dev.parzen.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.SpaceModel;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XSpace}: the dimensions of {@code X}, built once with the runtime's builder, and
 * decoding through {@code XDecoder} after checking that the assignment fits.
 */
public final class SpaceGenerator extends SourceFileGenerator {

  /** A generator writing through the environment's filer. */
  public SpaceGenerator(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  protected ClassName className(SpaceModel space) {
    return GeneratedNames.space(space.type());
  }

  @Override
  protected TypeSpec.Builder write(SpaceModel space, ClassName name) {
    ClassName source = ClassName.get(space.type());
    ClassName decoder = GeneratedNames.decoder(space.type());
    TypeName dimensions = ParameterizedTypeName.get(Runtime.LIST, Runtime.DIMENSION);
    TypeName defaults = ParameterizedTypeName.get(Runtime.OPTIONAL, Runtime.ASSIGNMENT);
    return TypeSpec.classBuilder(name)
        .addJavadoc(javadoc(space))
        .addSuperinterface(ParameterizedTypeName.get(Runtime.SPACE, source))
        .addField(constant(dimensions, "DIMENSIONS", DimensionCode.dimensions(space.params())))
        .addField(
            constant(
                Runtime.FLAT_SPACE, "FLAT", CodeBlock.of("$T.of(DIMENSIONS)", Runtime.FLAT_SPACE)))
        .addField(constant(defaults, "DEFAULTS", DefaultsCode.of(space.params())))
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("Creates the space; {@link $T#of} calls this.\n", Runtime.SPACES)
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(override("dimensions", dimensions).addStatement("return DIMENSIONS").build())
        .addMethod(
            override("decode", source)
                .addJavadoc(
                    "Checks that {@code assignment} fits this space, then builds the value.\n\n"
                        + "@throws IllegalArgumentException listing what does not fit\n")
                .addParameter(Runtime.ASSIGNMENT, "assignment")
                .addStatement("FLAT.requireValid(assignment)")
                .addStatement("return $T.decode(assignment)", decoder)
                .build())
        .addMethod(
            override("encode", Runtime.ASSIGNMENT)
                .addParameter(source, "value")
                .addStatement("return $T.encode(value)", decoder)
                .build())
        .addMethod(override("defaults", defaults).addStatement("return DEFAULTS").build())
        .addMethod(
            override("toString", ClassName.get(String.class))
                .addStatement("return $S + FLAT.labels()", name.simpleName())
                .build());
  }

  private static FieldSpec constant(TypeName type, String name, CodeBlock init) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(init)
        .build();
  }

  private static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  private static CodeBlock javadoc(SpaceModel space) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "The search space of {@link $T}, generated from its annotations.\n",
                ClassName.get(space.type()))
            .add("\n<ul>\n");
    for (Param p : space.allParams()) {
      doc.add("  <li>$L\n", Describe.param(p));
    }
    MaxEvalsAdvice advice = MaxEvalsAdvice.of(space);
    return doc.add("</ul>\n")
        .add(
            "\n<p>Max-evals advice for a serial run: $L ordinal parameters and a categorical breadth"
                + " of $L give fastest $L and optimal $L trials; the default is the midpoint, $L."
                + " With parallelism p > 1, multiply fastest by p/2 and optimal by p.\n",
            advice.ordinal(),
            advice.breadth(),
            advice.fastest(),
            advice.optimal(),
            advice.midpoint())
        .build();
  }
}
