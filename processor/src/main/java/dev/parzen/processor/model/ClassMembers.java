package dev.parzen.processor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds how generated code, which lives in the same package, can construct a class and read and
 * write its annotated fields: a constructor taking exactly those fields, or the no-argument
 * constructor followed by setters or field assignments.
 */
final class ClassMembers {

  private final Elements elements;
  private final Types types;

  ClassMembers(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The argument names of a constructor whose parameters are exactly the non-static annotated
   * fields (by name and type); else an empty list when there is a usable no-argument constructor;
   * else null.
   */
  List<String> constructorArgs(TypeElement type, List<VariableElement> fields) {
    Map<String, VariableElement> byName = new HashMap<>();
    for (VariableElement f : fields) {
      if (!f.getModifiers().contains(Modifier.STATIC)) {
        byName.put(f.getSimpleName().toString(), f);
      }
    }
    boolean noArg = false;
    for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (c.getModifiers().contains(Modifier.PRIVATE)) {
        continue;
      }
      if (c.getParameters().isEmpty()) {
        noArg = true;
      } else if (!byName.isEmpty() && matches(c, byName)) {
        List<String> args = new ArrayList<>();
        c.getParameters().forEach(p -> args.add(p.getSimpleName().toString()));
        return args;
      }
    }
    return noArg ? List.of() : null;
  }

  private boolean matches(ExecutableElement c, Map<String, VariableElement> fields) {
    if (c.getParameters().size() != fields.size()) {
      return false;
    }
    for (VariableElement p : c.getParameters()) {
      VariableElement f = fields.get(p.getSimpleName().toString());
      if (f == null || !types.isSameType(f.asType(), p.asType())) {
        return false;
      }
    }
    return true;
  }

  /** How generated code reads and writes {@code field}. */
  Access access(TypeElement type, VariableElement field, boolean viaConstructor) {
    String name = field.getSimpleName().toString();
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    boolean fieldVisible = !field.getModifiers().contains(Modifier.PRIVATE);
    String read = getter(type, field, "get" + capitalised);
    if (read == null && field.asType().getKind() == TypeKind.BOOLEAN) {
      read = getter(type, field, "is" + capitalised);
    }
    if (read == null) {
      read = getter(type, field, name);
    }
    if (read == null && fieldVisible) {
      read = name;
    }
    if (viaConstructor) {
      return new Access(read, Access.Write.CONSTRUCTOR, null);
    }
    String setter = "set" + capitalised;
    if (hasSetter(type, field, setter)) {
      return new Access(read, Access.Write.SETTER, setter);
    }
    if (fieldVisible && !SpaceParser.isFinal(field)) {
      return new Access(read, Access.Write.FIELD, name);
    }
    return new Access(read, Access.Write.NONE, null);
  }

  private String getter(TypeElement type, VariableElement field, String name) {
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (m.getSimpleName().contentEquals(name)
          && m.getParameters().isEmpty()
          && visible(m)
          && types.isSameType(m.getReturnType(), field.asType())) {
        return name + "()";
      }
    }
    return null;
  }

  private boolean hasSetter(TypeElement type, VariableElement field, String name) {
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (m.getSimpleName().contentEquals(name)
          && m.getParameters().size() == 1
          && visible(m)
          && types.isSameType(m.getParameters().get(0).asType(), field.asType())) {
        return true;
      }
    }
    return false;
  }

  private static boolean visible(ExecutableElement m) {
    return !m.getModifiers().contains(Modifier.PRIVATE)
        && !m.getModifiers().contains(Modifier.STATIC);
  }
}
