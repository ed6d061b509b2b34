package dev.parzen.processor.validation;

import dev.parzen.processor.model.Param;
import dev.parzen.processor.model.SpaceModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels are unique across the whole space, branches included. They collide when one sealed
 * interface is chosen by two fields: both fields' branches produce {@code Cart.depth}.
 */
final class LabelCheck {

  void check(SpaceModel space, ValidationReport report) {
    Map<String, Param> owners = new HashMap<>();
    for (Param top : space.params()) {
      SpaceModel single = new SpaceModel(space.type(), "", true, List.of(top), null);
      for (Param p : single.allParams()) {
        Param owner = owners.putIfAbsent(p.label(), top);
        if (owner != null && owner != top) {
          report.error(
              "[ParzenDuplicateLabel] '%s' and '%s' both produce the parameter label '%s'; labels must be unique across the space: give each field its own sealed interface, or rename a branch record"
                  .formatted(owner.name(), top.name(), p.label()),
              top.element(),
              top.annotations().isEmpty() ? null : top.annotations().get(0),
              null);
          break;
        }
      }
    }
  }
}
