package dev.parzen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Space types that refer to types another processor generates wait for them. */
class DeferralTests {

  private static final JavaFileObject USES_LATER =
      Compilations.source(
          "demo.P",
          "package demo;",
          "import dev.parzen.annotations.*;",
          "record P(@Choice Later later, @Uniform(min = 0, max = 1) double ratio) {}");

  /** Writes {@code demo.Later} in the first round, as processors that generate types do. */
  static final class LaterGenerator extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("demo.Later").openWriter()) {
          w.write("package demo; enum Later { SOON, EVENTUALLY }");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void typeReferringToAGeneratedTypeIsProcessedOnceItExists() {
    Compilation c =
        javac()
            .withProcessors(new SpaceProcessor(), new LaterGenerator())
            .withOptions("-Xlint:all,-processing")
            .compile(USES_LATER);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("demo.PSpace")
        .contentsAsUtf8String()
        .contains(".choice(\"later\", Later.SOON, Later.EVENTUALLY)");
  }

  @Test
  void typeReferringToATypeThatNeverExistsIsParzenUnresolved() {
    Compilation c = Compilations.compile(USES_LATER);
    assertThat(c)
        .hadErrorContaining("[ParzenUnresolved] demo.P refers to types that never resolved");
  }
}
