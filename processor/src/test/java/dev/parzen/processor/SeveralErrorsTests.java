package dev.parzen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every problem of a type is reported in one compilation, and nothing is generated for it. */
class SeveralErrorsTests {

  private static final JavaFileObject BROKEN =
      Compilations.source(
          "demo.Broken",
          "package demo;",
          "import dev.parzen.annotations.*;",
          "record Broken(",
          "    @LogUniform(min = 0, max = 1) double lr,",
          "    @Uniform(min = 0, max = 10) int depth,",
          "    @Choice({\"a\", \"a\"}) String kind,",
          "    @Normal(mu = 0, sigma = -1) double shift,",
          "    @QUniform(min = 1, max = 10) double layers) {}");

  @Test
  void everyErrorOfTheTypeIsReportedOnItsOwnLine() {
    Compilation c = Compilations.compile(BROKEN);
    assertThat(c).failed();
    assertThat(c).hadErrorCount(4);
    assertThat(c).hadErrorContaining("[ParzenLogBounds]").inFile(BROKEN).onLine(4);
    assertThat(c).hadErrorContaining("[ParzenIntegerKind]").inFile(BROKEN).onLine(5);
    assertThat(c).hadErrorContaining("[ParzenChoiceDuplicate]").inFile(BROKEN).onLine(6);
    assertThat(c).hadErrorContaining("[ParzenSigma]").inFile(BROKEN).onLine(7);
  }

  @Test
  void warningsAreReportedAlongsideErrors() {
    Compilation c = Compilations.compile(BROKEN);
    assertThat(c).hadWarningContaining("[ParzenRealQuantum]").inFile(BROKEN).onLine(8);
  }

  @Test
  void nothingIsGeneratedForATypeWithErrors() {
    JavaFileObject user =
        Compilations.source("demo.User", "package demo;", "class User { BrokenSpace space; }");
    Compilation c = Compilations.compile(BROKEN, user);
    assertThat(c).hadErrorContaining("cannot find symbol").inFile(user).onLine(2);
  }

  @Test
  void otherTypesOfTheCompilationAreStillGenerated() {
    JavaFileObject good =
        Compilations.source(
            "demo.Good",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "record Good(@Uniform(min = 0, max = 1) double ratio) {}");
    JavaFileObject user =
        Compilations.source(
            "demo.User", "package demo;", "class User { GoodSpace space = new GoodSpace(); }");
    Compilation c = Compilations.compile(BROKEN, good, user);
    assertThat(c).hadErrorCount(4);
  }
}
