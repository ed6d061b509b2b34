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
 * The search space of {@link Kernel}, generated from its annotations.
 *
 * <ul>
 *   <li>{@code shape}: one of LINEAR, QUADRATIC, CUBIC
 *   <li>{@code fallback}: one of LINEAR, CUBIC
 *   <li>{@code width}: lognormal(mu = -4.6, sigma = 1)
 * </ul>
 *
 * <p>Max-evals advice for a serial run: 1 ordinal parameters and a categorical breadth of 6 give fastest 100 and optimal 110 trials; the default is the midpoint, 105. With parallelism p > 1, multiply fastest by p/2 and optimal by p.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
public final class KernelSpace implements Space<Kernel> {
  private static final List<Dimension> DIMENSIONS = Space.builder()
    .choice("shape", Kernel.Shape.LINEAR, Kernel.Shape.QUADRATIC, Kernel.Shape.CUBIC)
    .choice("fallback", Kernel.Shape.LINEAR, Kernel.Shape.CUBIC)
    .lognormal("width", -4.6, 1.0)
    .build()
    .dimensions();

  private static final FlatSpace FLAT = FlatSpace.of(DIMENSIONS);

  private static final Optional<Assignment> DEFAULTS = Optional.empty();

  /**
   * Creates the space; {@link Spaces#of} calls this.
   */
  public KernelSpace() {
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
  public Kernel decode(Assignment assignment) {
    FLAT.requireValid(assignment);
    return KernelDecoder.decode(assignment);
  }

  @Override
  public Assignment encode(Kernel value) {
    return KernelDecoder.encode(value);
  }

  @Override
  public Optional<Assignment> defaults() {
    return DEFAULTS;
  }

  @Override
  public String toString() {
    return "KernelSpace" + FLAT.labels();
  }
}
