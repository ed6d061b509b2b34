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
 * The search space of {@link SvmParams}, generated from its annotations.
 *
 * <ul>
 *   <li>{@code c}: loguniform(min = 0.001, max = 1000)
 *   <li>{@code kernel}: one of rbf, linear, poly
 *   <li>{@code degree}: quniform(min = 2, max = 5, q = 1), integer
 *   <li>{@code bucket}: randint(min = 0, max = 4 exclusive), integer
 *   <li>{@code cacheMegabytes}: qlognormal(mu = 2, sigma = 1, q = 1), integer
 *   <li>{@code shift}: normal(mu = 0, sigma = 1)
 *   <li>{@code shrinking}: one of false, true
 * </ul>
 *
 * <p>Max-evals advice for a serial run: 5 ordinal parameters and a categorical breadth of 6 give fastest 140 and optimal 190 trials; the default is the midpoint, 165. With parallelism p > 1, multiply fastest by p/2 and optimal by p.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
final class SvmParamsSpace implements Space<SvmParams> {
  private static final List<Dimension> DIMENSIONS = Space.builder()
    .loguniform("c", 0.001, 1000.0)
    .choice("kernel", "rbf", "linear", "poly")
    .quniformInt("degree", 2L, 5L, 1L)
    .randint("bucket", 0L, 4L)
    .add(new Dimension.QLogNormal("cacheMegabytes", 2.0, 1.0, 1.0, true))
    .normal("shift", 0.0, 1.0)
    .choice("shrinking", false, true)
    .build()
    .dimensions();

  private static final FlatSpace FLAT = FlatSpace.of(DIMENSIONS);

  private static final Optional<Assignment> DEFAULTS = Optional.empty();

  /**
   * Creates the space; {@link Spaces#of} calls this.
   */
  public SvmParamsSpace() {
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
  public SvmParams decode(Assignment assignment) {
    FLAT.requireValid(assignment);
    return SvmParamsDecoder.decode(assignment);
  }

  @Override
  public Assignment encode(SvmParams value) {
    return SvmParamsDecoder.encode(value);
  }

  @Override
  public Optional<Assignment> defaults() {
    return DEFAULTS;
  }

  @Override
  public String toString() {
    return "SvmParamsSpace" + FLAT.labels();
  }
}
