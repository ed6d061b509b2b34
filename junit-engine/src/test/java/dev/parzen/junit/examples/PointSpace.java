package dev.parzen.junit.examples;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import java.util.List;

/**
 * The space of {@link Point}, written as the annotation processor writes generated spaces: {@code
 * <Type>Space} in the type's package, a no-argument constructor, decoding through the record's
 * constructor.
 */
public final class PointSpace implements Space<Point> {

  private static final Space<Assignment> SPACE =
      Space.builder().uniform("x", -5, 5).uniform("y", -5, 5).build();

  /** Created by {@code Spaces.of(Point.class)}. */
  public PointSpace() {}

  @Override
  public List<Dimension> dimensions() {
    return SPACE.dimensions();
  }

  @Override
  public Point decode(Assignment assignment) {
    SPACE.decode(assignment);
    return new Point(assignment.getDouble("x"), assignment.getDouble("y"));
  }

  @Override
  public Assignment encode(Point value) {
    return Assignment.builder().put("x", value.x()).put("y", value.y()).build();
  }
}
