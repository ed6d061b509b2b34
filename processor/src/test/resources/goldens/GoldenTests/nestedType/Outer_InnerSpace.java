package demo;

import dev.parzen.Assignment;
import dev.parzen.Dimension;
import dev.parzen.Space;
import dev.parzen.Spaces;
import dev.parzen.space.FlatSpace;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The search space of {@link Outer.Inner}, generated from its annotations.
 *
 * <ul>
 *   <li>{@code batch}: qloguniform(min = 16, max = 1024, q = 16), integer
 *   <li>{@code momentum}: qnormal(mu = 0.5, sigma = 0.1, q = 0.05)
 * </ul>
 *
 * <p>Max-evals advice for a serial run: 2 ordinal parameters and a categorical breadth of 0 give fastest 20 and optimal 40 trials; the default is the midpoint, 30. With parallelism p > 1, multiply fastest by p/2 and optimal by p.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
final class Outer_InnerSpace implements Space<Outer.Inner> {
  private static final List<Dimension> DIMENSIONS = Space.builder()
    .qloguniformInt("batch", 16L, 1024L, 16L)
    .qnormal("momentum", 0.5, 0.1, 0.05)
    .build()
    .dimensions();

  private static final FlatSpace FLAT = FlatSpace.of(DIMENSIONS);

  private static final Optional<Assignment> DEFAULTS = Optional.empty();

  /**
   * Creates the space; {@link Spaces#of} calls this.
   */
  public Outer_InnerSpace() {
  }

  @Override
  public List<Dimension> dimensions() {
    return DIMENSIONS;
  }

  /**
   * Checks that {@code assignment} fits this space, then builds the value.
   *
   * @throws IllegalArgumentException listing what does not fit
   */
  @Override
  public Outer.Inner decode(Assignment assignment) {
    FLAT.requireValid(assignment);
    return Outer_InnerDecoder.decode(assignment);
  }

  @Override
  public Assignment encode(Outer.Inner value) {
    return Outer_InnerDecoder.encode(value);
  }

  @Override
  public Optional<Assignment> defaults() {
    return DEFAULTS;
  }

  @Override
  public String toString() {
    return "Outer_InnerSpace" + FLAT.labels();
  }
}
