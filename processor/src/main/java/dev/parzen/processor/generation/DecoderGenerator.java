package dev.parzen.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.parzen.processor.model.SpaceModel;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;

/**
 * Generates {@code XDecoder}: plain code that builds an {@code X} from an assignment through its
 * constructor or setters, and the assignment of an {@code X}. No reflection.
 */
public final class DecoderGenerator extends SourceFileGenerator {

  /** A generator writing through the environment's filer. */
  public DecoderGenerator(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  protected ClassName className(SpaceModel space) {
    return GeneratedNames.decoder(space.type());
  }

  @Override
  protected TypeSpec.Builder write(SpaceModel space, ClassName name) {
    ClassName source = ClassName.get(space.type());
    ClassName spaceName = GeneratedNames.space(space.type());
    DecoderMethods methods = new DecoderMethods();
    MethodSpec decode =
        MethodSpec.methodBuilder("decode")
            .addJavadoc(
                "The {@link $T} that {@code assignment} describes; the assignment must fit {@link"
                    + " $T}, which checks it first.\n",
                source,
                spaceName)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(source)
            .addParameter(Runtime.ASSIGNMENT, "assignment")
            .addCode(methods.construct(space))
            .build();
    MethodSpec encode =
        MethodSpec.methodBuilder("encode")
            .addJavadoc("The assignment that decodes to {@code value}.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(Runtime.ASSIGNMENT)
            .addParameter(source, "value")
            .addStatement("$T out = $T.builder()", Runtime.ASSIGNMENT_BUILDER, Runtime.ASSIGNMENT)
            .addCode(methods.deconstruct(space, "value"))
            .addStatement("return out.build()")
            .build();
    return TypeSpec.classBuilder(name)
        .addJavadoc(
            "Converts between {@link $T} and the assignments of {@link $T}, without reflection.\n",
            source,
            spaceName)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(decode)
        .addMethod(encode)
        .addMethods(methods.helpers());
  }
}
