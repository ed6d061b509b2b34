package dev.parzen.processor.generation;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code uses, by name: the processor does not depend on the runtime. */
final class Runtime {

  static final ClassName SPACE = ClassName.get("dev.parzen", "Space");
  static final ClassName SPACES = ClassName.get("dev.parzen", "Spaces");
  static final ClassName ASSIGNMENT = ClassName.get("dev.parzen", "Assignment");
  static final ClassName ASSIGNMENT_BUILDER = ASSIGNMENT.nestedClass("Builder");
  static final ClassName DIMENSION = ClassName.get("dev.parzen", "Dimension");
  static final ClassName FLAT_SPACE = ClassName.get("dev.parzen.space", "FlatSpace");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

  private Runtime() {}
}
