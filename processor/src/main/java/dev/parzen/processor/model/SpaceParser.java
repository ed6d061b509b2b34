package dev.parzen.processor.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an annotated type into a {@link SpaceModel}. It never reports: whatever it cannot make
 * sense of is left in the model (a missing distribution, a null accessor, an unusable branch) for
 * the validators to explain.
 */
public final class SpaceParser {

  private final Elements elements;
  private final ClassMembers members;

  /** A parser using the compiler's utilities. */
  public SpaceParser(Elements elements, Types types) {
    this.elements = elements;
    this.members = new ClassMembers(elements, types);
  }

  /** The space of {@code type}, branches included. */
  public SpaceModel parse(TypeElement type) {
    return parse(type, "", new ArrayDeque<>());
  }

  private SpaceModel parse(TypeElement type, String prefix, Deque<TypeElement> enclosing) {
    enclosing.push(type);
    try {
      if (type.getKind() == ElementKind.RECORD) {
        return parseRecord(type, prefix, enclosing);
      }
      return parseClass(type, prefix, enclosing);
    } finally {
      enclosing.pop();
    }
  }

  private SpaceModel parseRecord(TypeElement type, String prefix, Deque<TypeElement> enclosing) {
    List<Param> params = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (RecordComponentElement c : type.getRecordComponents()) {
      String name = c.getSimpleName().toString();
      names.add(name);
      Access access = new Access(name + "()", Access.Write.CONSTRUCTOR, null);
      params.add(param(recordField(type, c), prefix, access, enclosing));
    }
    return new SpaceModel(type, prefix, true, params, names);
  }

  /**
   * The private field of a component. The annotations propagate to it, and unlike the component it
   * has a source position, so diagnostics placed on it land on the component's line.
   */
  private static Element recordField(TypeElement record, RecordComponentElement component) {
    for (VariableElement f : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (f.getSimpleName().equals(component.getSimpleName())) {
        return f;
      }
    }
    return component;
  }

  private SpaceModel parseClass(TypeElement type, String prefix, Deque<TypeElement> enclosing) {
    List<VariableElement> fields = new ArrayList<>();
    for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!spaceAnnotations(f).isEmpty()) {
        fields.add(f);
      }
    }
    List<String> args = members.constructorArgs(type, fields);
    List<Param> params = new ArrayList<>();
    for (VariableElement f : fields) {
      boolean viaConstructor = args != null && !args.isEmpty();
      params.add(param(f, prefix, members.access(type, f, viaConstructor), enclosing));
    }
    return new SpaceModel(type, prefix, false, params, args);
  }

  private Param param(Element member, String prefix, Access access, Deque<TypeElement> enclosing) {
    TypeMirror type = member.asType();
    ValueType valueType = ValueType.of(type);
    List<AnnotationMirror> annotations = spaceAnnotations(member);
    Distribution distribution = null;
    if (!annotations.isEmpty()) {
      AnnotationMirror first = annotations.get(0);
      distribution =
          NumericKind.of(Mirrors.name(first))
              .<Distribution>map(kind -> numeric(kind, first))
              .orElseGet(() -> choice(first, type, valueType, prefix, enclosing));
    }
    String name = member.getSimpleName().toString();
    return new Param(
        member, name, prefix + name, type, valueType, annotations, distribution, access);
  }

  private static List<AnnotationMirror> spaceAnnotations(Element member) {
    List<AnnotationMirror> found = new ArrayList<>();
    for (AnnotationMirror m : member.getAnnotationMirrors()) {
      if (SpaceAnnotations.isSpaceAnnotation(Mirrors.name(m))) {
        found.add(m);
      }
    }
    return found;
  }

  private Distribution.Numeric numeric(NumericKind kind, AnnotationMirror m) {
    return new Distribution.Numeric(
        kind,
        m,
        Mirrors.number(elements, m, "min"),
        Mirrors.number(elements, m, "max"),
        Mirrors.number(elements, m, "q"),
        Mirrors.number(elements, m, "mu"),
        Mirrors.number(elements, m, "sigma"),
        Mirrors.number(elements, m, "defaultValue"));
  }

  private Distribution.Choice choice(
      AnnotationMirror m,
      TypeMirror type,
      ValueType valueType,
      String prefix,
      Deque<TypeElement> enclosing) {
    List<Branch> branches = new ArrayList<>();
    if (valueType == ValueType.SEALED) {
      TypeElement sealed = (TypeElement) ((DeclaredType) type).asElement();
      for (TypeMirror permitted : sealed.getPermittedSubclasses()) {
        TypeElement sub = (TypeElement) ((DeclaredType) permitted).asElement();
        String key = sub.getSimpleName().toString();
        boolean usable = sub.getKind() == ElementKind.RECORD && !enclosing.contains(sub);
        SpaceModel space = usable ? parse(sub, prefix + key + ".", enclosing) : null;
        branches.add(new Branch(sub, key, space));
      }
    }
    return new Distribution.Choice(
        m,
        Mirrors.strings(elements, m, "value"),
        (String) Mirrors.value(elements, m, "defaultOption"),
        branches);
  }

  /** True when {@code field} cannot be changed after construction. */
  static boolean isFinal(Element field) {
    return field.getModifiers().contains(Modifier.FINAL);
  }
}
