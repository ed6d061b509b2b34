package dev.parzen.space;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import java.util.List;

/** A space whose parameter object is the assignment itself; what {@link SpaceBuilder} builds. */
final class AssignmentSpace implements Space<Assignment> {

  private final List<Dimension> dimensions;
  private final FlatSpace flat;

  AssignmentSpace(List<Dimension> dimensions) {
    this.dimensions = List.copyOf(dimensions);
    this.flat = FlatSpace.of(this.dimensions);
  }

  @Override
  public List<Dimension> dimensions() {
    return dimensions;
  }

  @Override
  public Assignment decode(Assignment assignment) {
    flat.requireValid(assignment);
    return assignment;
  }

  @Override
  public Assignment encode(Assignment value) {
    return value;
  }

  @Override
  public String toString() {
    return "Space" + flat.params().stream().map(p -> p.dimension().label()).toList();
  }
}
