package dev.parzen.spark;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import java.util.List;

/** What the processor would generate for {@link Point}, written by hand for these tests. */
final class PointSpace implements Space<Point> {

  @Override
  public List<Dimension> dimensions() {
    return List.of(new Dimension.Uniform("x", 0, 1), new Dimension.RandInt("n", 0, 10));
  }

  @Override
  public Point decode(Assignment a) {
    return new Point(a.getDouble("x"), a.getLong("n"));
  }

  @Override
  public Assignment encode(Point p) {
    return Assignment.builder().put("x", p.x()).put("n", p.n()).build();
  }
}
