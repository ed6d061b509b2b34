package dev.parzen.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.DeclaredType;

/** The options of a {@code @Choice}: the ones listed, or every value the field's type has. */
public final class ChoiceOptions {

  private ChoiceOptions() {}

  /**
   * Every value the field's type allows, as option text: the enum constants, the branch keys, or
   * {@code false} and {@code true}; null for strings and numbers, which have no closed set.
   */
  public static List<String> available(Param p) {
    switch (p.valueType()) {
      case ENUM:
        List<String> constants = new ArrayList<>();
        for (Element e : ((DeclaredType) p.type()).asElement().getEnclosedElements()) {
          if (e.getKind() == ElementKind.ENUM_CONSTANT) {
            constants.add(e.getSimpleName().toString());
          }
        }
        return constants;
      case SEALED:
        List<String> keys = new ArrayList<>();
        p.choice().branches().forEach(b -> keys.add(b.key()));
        return keys;
      case BOOLEAN:
        return List.of("false", "true");
      default:
        return null;
    }
  }

  /** The options of the space, as text, in order: those listed, else every available value. */
  public static List<String> selected(Param p) {
    List<String> listed = p.choice().listed();
    if (!listed.isEmpty()) {
      return listed;
    }
    List<String> all = available(p);
    return all == null ? List.of() : all;
  }

  /** The branches of the space, in option order; only for sealed-interface choices. */
  public static List<Branch> selectedBranches(Param p) {
    List<Branch> out = new ArrayList<>();
    for (String key : selected(p)) {
      for (Branch b : p.choice().branches()) {
        if (b.key().equals(key)) {
          out.add(b);
        }
      }
    }
    return out;
  }
}
