package dev.parzen.processor.generation;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.parzen.processor.model.SpaceModel;
import java.io.IOException;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Modifier;
import javax.tools.Diagnostic;

/**
 * Writes one generated source file per space type. Owns what every generated file shares: the
 * {@code @Generated} annotation (when the target release has it), the visibility of the source
 * type, the source type as the only originating element (Gradle's isolating mode needs exactly
 * one), and a deterministic layout.
 */
public abstract class SourceFileGenerator {

  /** The value of {@code @Generated}: the processor's name. */
  public static final String GENERATOR = "dev.parzen.processor.SpaceProcessor";

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private final Filer filer;
  private final Messager messager;
  private final boolean generatedAvailable;

  /** A generator writing through the environment's filer. */
  protected SourceFileGenerator(ProcessingEnvironment env) {
    this.filer = env.getFiler();
    this.messager = env.getMessager();
    this.generatedAvailable =
        env.getElementUtils().getTypeElement(GENERATED.canonicalName()) != null;
  }

  /** The name of the class generated for {@code space}. */
  protected abstract ClassName className(SpaceModel space);

  /** The class, without the parts this generator adds. */
  protected abstract TypeSpec.Builder write(SpaceModel space, ClassName name);

  /** The complete file for {@code space}. */
  public final JavaFile file(SpaceModel space) {
    ClassName name = className(space);
    TypeSpec.Builder type = write(space, name).addModifiers(Modifier.FINAL);
    if (space.type().getModifiers().contains(Modifier.PUBLIC)) {
      type.addModifiers(Modifier.PUBLIC);
    }
    if (generatedAvailable) {
      type.addAnnotation(
          AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build());
    }
    type.addOriginatingElement(space.type());
    return JavaFile.builder(name.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** Writes the file for {@code space}. */
  public final void generate(SpaceModel space) {
    JavaFile file = file(space);
    try {
      file.writeTo(filer);
    } catch (FilerException e) {
      // Some compilers (Eclipse's) run processors twice over the same type.
      messager.printMessage(
          Diagnostic.Kind.WARNING,
          "[ParzenInternal] %s was already generated: %s".formatted(className(space), e),
          space.type());
    } catch (IOException e) {
      messager.printMessage(
          Diagnostic.Kind.ERROR,
          "[ParzenInternal] cannot write %s: %s".formatted(className(space), e),
          space.type());
    }
  }
}
