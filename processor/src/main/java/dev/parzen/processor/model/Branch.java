package dev.parzen.processor.model;

import javax.lang.model.element.TypeElement;

/**
 * One permitted subtype of a sealed interface chosen by {@code @Choice}.
 *
 * @param type the subtype
 * @param key its simple name: the value of the branch dimension
 * @param space its parameters, labelled with the accumulated prefix; null when the subtype is not a
 *     record or repeats an enclosing branch (the validator reports both)
 */
public record Branch(TypeElement type, String key, SpaceModel space) {

  /** True when the subtype can be a branch. */
  public boolean usable() {
    return space != null;
  }
}
