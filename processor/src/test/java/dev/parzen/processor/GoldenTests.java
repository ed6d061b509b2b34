package dev.parzen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The generated sources, compared with golden files under {@code goldens/GoldenTests/<case>/}. Run
 * with {@code -Dparzen.updateGoldens=true} to rewrite them after an intended change, then review
 * the diff.
 */
class GoldenTests {

  @Test
  void record() throws IOException {
    assertGenerated(
        "record",
        "demo.XgbParams",
        Compilations.source(
            "demo.XgbParams",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "public record XgbParams(",
            "    @QUniform(min = 2, max = 12, defaultValue = 6) int maxDepth,",
            "    @LogUniform(min = 1e-3, max = 0.5, defaultValue = 0.3) double eta,",
            "    @Uniform(min = 0, max = 10, defaultValue = 0) double gamma,",
            "    @Choice(defaultOption = \"GBTREE\") Booster booster) {",
            "  public enum Booster { GBTREE, GBLINEAR, DART }",
            "}"));
  }

  @Test
  void classWithSetters() throws IOException {
    assertGenerated(
        "classWithSetters",
        "demo.SvmParams",
        Compilations.source(
            "demo.SvmParams",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "class SvmParams {",
            "  @LogUniform(min = 1e-3, max = 1e3) private double c;",
            "  @Choice({\"rbf\", \"linear\", \"poly\"}) String kernel;",
            "  @QUniform(min = 2, max = 5) private int degree;",
            "  @RandInt(max = 4) long bucket;",
            "  @QLogNormal(mu = 2, sigma = 1, q = 1) private Integer cacheMegabytes;",
            "  @Normal(mu = 0, sigma = 1) float shift;",
            "  @Choice boolean shrinking;",
            "  double notTuned = 1;",
            "  SvmParams() {}",
            "  double getC() { return c; }",
            "  void setC(double c) { this.c = c; }",
            "  int getDegree() { return degree; }",
            "  void setDegree(int degree) { this.degree = degree; }",
            "  Integer getCacheMegabytes() { return cacheMegabytes; }",
            "  void setCacheMegabytes(Integer m) { this.cacheMegabytes = m; }",
            "}"));
  }

  @Test
  void nestedType() throws IOException {
    assertGenerated(
        "nestedType",
        "demo.Outer.Inner",
        Compilations.source(
            "demo.Outer",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "public class Outer {",
            "  record Inner(",
            "      @QLogUniform(min = 16, max = 1024, q = 16) long batch,",
            "      @QNormal(mu = 0.5, sigma = 0.1, q = 0.05) double momentum) {}",
            "}"));
  }

  @Test
  void enumChoice() throws IOException {
    assertGenerated(
        "enumChoice",
        "demo.Kernel",
        Compilations.source(
            "demo.Kernel",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "public record Kernel(",
            "    @Choice Shape shape,",
            "    @Choice({\"LINEAR\", \"CUBIC\"}) Shape fallback,",
            "    @LogNormal(mu = -4.6, sigma = 1) double width) {",
            "  public enum Shape { LINEAR, QUADRATIC, CUBIC }",
            "}"));
  }

  @Test
  void sealedInterfaceConditionalSpace() throws IOException {
    assertGenerated(
        "conditional",
        "demo.ModelParams",
        Compilations.source(
            "demo.ModelParams",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "public record ModelParams(",
            "    @Choice(defaultOption = \"Cart\") Model model,",
            "    @Uniform(min = 0, max = 1, defaultValue = 0.8) double subsample) {",
            "  public sealed interface Model permits Linear, Cart {}",
            "  public record Linear(@LogUniform(min = 1e-6, max = 1) double l2) implements Model {}",
            "  public record Cart(",
            "      @QUniform(min = 1, max = 20, defaultValue = 6) int maxDepth,",
            "      @Choice(defaultOption = \"Gini\") Split split) implements Model {}",
            "  public sealed interface Split permits Gini, Entropy {}",
            "  public record Gini() implements Split {}",
            "  public record Entropy(@Uniform(min = 0, max = 0.5, defaultValue = 0.1) double floor)",
            "      implements Split {}",
            "}"));
  }

  @Test
  void outputIsIdenticalAcrossCompilations() throws IOException {
    JavaFileObject source =
        Compilations.source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "record P(@Choice({\"b\", \"a\"}) String s, @Uniform(min = 0, max = 1) double x) {}");
    String first = text(Compilations.compile(source), "demo.PSpace");
    String second = text(Compilations.compile(source), "demo.PSpace");
    org.assertj.core.api.Assertions.assertThat(second).isEqualTo(first);
  }

  private static String text(Compilation compilation, String generated) throws IOException {
    return compilation
        .generatedSourceFile(generated)
        .orElseThrow()
        .getCharContent(false)
        .toString();
  }

  private static void assertGenerated(String name, String type, JavaFileObject source)
      throws IOException {
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    String flat = flat(type);
    for (String suffix : new String[] {"Space", "Decoder"}) {
      String generated = flat + suffix;
      String actual =
          compilation.generatedSourceFile(generated).orElseThrow().getCharContent(false).toString();
      String simple = generated.substring(generated.lastIndexOf('.') + 1);
      org.assertj.core.api.Assertions.assertThat(actual)
          .isEqualTo(Compilations.golden("GoldenTests/" + name + "/" + simple + ".java", actual));
    }
  }

  /** {@code demo.Outer.Inner} → {@code demo.Outer_Inner}. */
  private static String flat(String type) {
    int pkg = type.indexOf('.');
    return type.substring(0, pkg + 1) + type.substring(pkg + 1).replace('.', '_');
  }
}
