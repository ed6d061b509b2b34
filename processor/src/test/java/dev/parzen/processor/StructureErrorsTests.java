package dev.parzen.processor;

import static dev.parzen.processor.Compilations.assertError;
import static dev.parzen.processor.Compilations.source;

import org.junit.jupiter.api.Test;

/** Errors on types and members the generated code cannot construct, set or read. */
class StructureErrorsTests {

  @Test
  void staticFieldIsParzenStatic() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "class P {",
            "  @Uniform(min = 0, max = 1) static double ratio;",
            "}"),
        "[ParzenStatic]",
        "static double ratio");
  }

  @Test
  void privateFinalFieldWithoutConstructorIsParzenUnassignable() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "class P {",
            "  @Uniform(min = 0, max = 1) private final double ratio = 0.5;",
            "  double ratio() { return ratio; }",
            "}"),
        "[ParzenUnassignable] field 'ratio' of P cannot be set",
        "private final double ratio");
  }

  @Test
  void privateFieldWithSetterButNoGetterIsParzenUnassignable() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "class P {",
            "  @Uniform(min = 0, max = 1) private double ratio;",
            "  void setRatio(double r) { ratio = r; }",
            "}"),
        "[ParzenUnassignable] field 'ratio' of P cannot be read",
        "private double ratio");
  }

  @Test
  void unannotatedRecordComponentIsParzenUnannotated() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "record P(",
            "    @Uniform(min = 0, max = 1) double ratio,",
            "    String name) {}"),
        "[ParzenUnannotated]",
        "String name");
  }

  @Test
  void genericTypeIsParzenGeneric() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "record P<T>(@Uniform(min = 0, max = 1) double ratio, @Choice({\"a\"}) String t) {}"),
        "[ParzenGeneric]",
        "record P<T>");
  }

  @Test
  void classWithoutUsableConstructorIsParzenConstructor() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "class P {",
            "  @Uniform(min = 0, max = 1) double ratio;",
            "  P(String name) {}",
            "}"),
        "[ParzenConstructor]",
        "class P {");
  }

  @Test
  void privateNestedTypeIsParzenAccess() {
    assertError(
        source(
            "demo.Outer",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "class Outer {",
            "  private record P(@Uniform(min = 0, max = 1) double ratio) {}",
            "}"),
        "[ParzenAccess]",
        "private record P");
  }

  @Test
  void innerClassIsParzenConstructor() {
    assertError(
        source(
            "demo.Outer",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "class Outer {",
            "  class P {",
            "    @Uniform(min = 0, max = 1) double ratio;",
            "  }",
            "}"),
        "[ParzenConstructor] P is an inner class",
        "class P {");
  }
}
