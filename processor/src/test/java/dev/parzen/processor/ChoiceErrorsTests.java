package dev.parzen.processor;

import static dev.parzen.processor.Compilations.assertError;
import static dev.parzen.processor.Compilations.record;
import static dev.parzen.processor.Compilations.source;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors in the options of {@code @Choice}, and in conditional spaces. */
class ChoiceErrorsTests {

  private static JavaFileObject withEnum(String component) {
    return source(
        "demo.P",
        "package demo;",
        "import dev.parzen.annotations.*;",
        "record P(",
        component + ") {",
        "  enum Booster { GBTREE, DART }",
        "}");
  }

  @Test
  void stringChoiceWithoutOptionsIsParzenChoiceEmpty() {
    assertError(record("  @Choice String optimizer"), "[ParzenChoiceEmpty]", "optimizer");
  }

  @Test
  void repeatedOptionIsParzenChoiceDuplicateOnTheRepeat() {
    assertError(
        record("  @Choice({\"adam\",\n    \"adam\"}) String optimizer"),
        "[ParzenChoiceDuplicate]",
        "\"adam\"}");
  }

  @Test
  void numbersEqualInValueAreDuplicates() {
    assertError(
        record("  @Choice({\"0.5\", \"0.50\"}) double rate"),
        "[ParzenChoiceDuplicate]",
        "double rate");
  }

  @Test
  void missingEnumConstantIsParzenChoiceOption() {
    assertError(
        withEnum("  @Choice({\"GBTREE\", \"LINEAR\"}) Booster booster"),
        "[ParzenChoiceOption] \"LINEAR\" is not a constant of demo.P.Booster; the options are [GBTREE, DART]",
        "Booster booster");
  }

  @Test
  void optionNotConvertibleToTheFieldTypeIsParzenChoiceOption() {
    assertError(
        record("  @Choice({\"32\", \"many\"}) int batch"),
        "[ParzenChoiceOption] \"many\" is not an int value",
        "int batch");
  }

  @Test
  void defaultOptionNotAmongTheOptionsIsParzenDefault() {
    assertError(
        withEnum("  @Choice(defaultOption = \"gbtree\") Booster booster"),
        "[ParzenDefault] default option \"gbtree\"",
        "defaultOption");
  }

  @Test
  void branchThatIsNotARecordIsParzenBranch() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "record P(@Choice Model model) {",
            "  sealed interface Model permits Linear, Tree {}",
            "  record Linear(@Uniform(min = 0, max = 1) double l2) implements Model {}",
            "  static final class Tree implements Model {}",
            "}"),
        "[ParzenBranch] branch Tree of 'model' is not a record",
        "@Choice Model model");
  }

  @Test
  void sameSealedTypeForTwoFieldsIsParzenDuplicateLabel() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "record P(",
            "    @Choice Model first,",
            "    @Choice Model second) {",
            "  sealed interface Model permits Linear {}",
            "  record Linear(@Uniform(min = 0, max = 1) double l2) implements Model {}",
            "}"),
        "[ParzenDuplicateLabel] 'first' and 'second' both produce the parameter label 'Linear.l2'",
        "Model second");
  }

  @Test
  void problemInABranchRecordThatIsNotASpaceLandsOnTheChoosingField() {
    assertError(
        source(
            "demo.P",
            "package demo;",
            "import dev.parzen.annotations.*;",
            "record P(@Choice Model model) {",
            "  sealed interface Model permits Linear {}",
            "  record Linear(double l2) implements Model {}",
            "}"),
        "[ParzenUnannotated] in branch Linear: record component 'l2'",
        "@Choice Model model");
  }
}
