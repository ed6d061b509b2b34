package dev.parzen.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * An annotated type read as a search space: its parameters in declaration order and how to build an
 * instance. Branch records are spaces too, with a label prefix.
 *
 * @param type the record or class
 * @param prefix prepended to every label: empty at the top, {@code "Cart."} inside a branch
 * @param record true for a record, built through its canonical constructor
 * @param params the annotated components or fields, in declaration order
 * @param constructorArgs for a constructor-built type, the parameter names in the constructor's
 *     order; empty when the no-argument constructor is used; null when there is no usable
 *     constructor
 */
public record SpaceModel(
    TypeElement type,
    String prefix,
    boolean record,
    List<Param> params,
    List<String> constructorArgs) {

  /** True when the decoder can create an instance. */
  public boolean constructible() {
    return constructorArgs != null;
  }

  /** The parameters of this space and of its chosen branches, depth first, in space order. */
  public List<Param> allParams() {
    List<Param> all = new ArrayList<>();
    collect(this, all);
    return all;
  }

  private static void collect(SpaceModel space, List<Param> out) {
    for (Param p : space.params()) {
      out.add(p);
      if (p.branches()) {
        for (Branch b : ChoiceOptions.selectedBranches(p)) {
          if (b.usable()) {
            collect(b.space(), out);
          }
        }
      }
    }
  }
}
