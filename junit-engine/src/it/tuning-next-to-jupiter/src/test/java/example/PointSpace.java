package example;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import java.util.List;

/** The space of {@link Point}, in the shape the annotation processor generates. */
public final class PointSpace implements Space<Point> {

  private static final Space<Assignment> SPACE =
      Space.builder().uniform("x", -5, 5).uniform("y", -5, 5).build();

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
