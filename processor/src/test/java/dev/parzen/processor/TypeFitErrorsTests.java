package dev.parzen.processor;

import static dev.parzen.processor.Compilations.assertError;
import static dev.parzen.processor.Compilations.record;

import org.junit.jupiter.api.Test;

/** Errors when an annotation does not suit the element it is on. */
class TypeFitErrorsTests {

  @Test
  void numericAnnotationOnStringIsParzenType() {
    assertError(record("  @Uniform(min = 0, max = 1) String name"), "[ParzenType]", "String name");
  }

  @Test
  void continuousKindOnIntegerIsParzenIntegerKindSuggestingTheQuantisedKind() {
    assertError(
        record("  @Uniform(min = 0, max = 10) int depth"),
        "[ParzenIntegerKind] @Uniform on integer 'depth' yields fractions; use @QUniform",
        "int depth");
  }

  @Test
  void logUniformOnLongSuggestsQLogUniform() {
    assertError(
        record("  @LogUniform(min = 1, max = 1000) long trees"), "use @QLogUniform", "long trees");
  }

  @Test
  void randIntOnDoubleIsParzenType() {
    assertError(record("  @RandInt(max = 4) double bucket"), "[ParzenType]", "double bucket");
  }

  @Test
  void twoDistributionsOnOneElementIsParzenOneDistribution() {
    assertError(
        record("  @Uniform(min = 0, max = 1)\n  @LogUniform(min = 0.1, max = 1) double ratio"),
        "[ParzenOneDistribution] 'ratio' has two distributions, @Uniform and @LogUniform",
        "@LogUniform");
  }

  @Test
  void choiceOnUnsupportedTypeIsParzenType() {
    assertError(record("  @Choice({\"a\"}) java.util.List<String> names"), "[ParzenType]", "names");
  }
}
