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
 * The search space of {@link XgbParams}, generated from its annotations.
 *
 * <ul>
 *   <li>{@code maxDepth}: quniform(min = 2, max = 12, q = 1), integer; default 6
 *   <li>{@code eta}: loguniform(min = 0.001, max = 0.5); default 0.3
 *   <li>{@code gamma}: uniform(min = 0, max = 10); default 0
 *   <li>{@code booster}: one of GBTREE, GBLINEAR, DART; default GBTREE
 * </ul>
 *
 * <p>Max-evals advice for a serial run: 3 ordinal parameters and a categorical breadth of 3 give fastest 75 and optimal 105 trials; the default is the midpoint, 90. With parallelism p > 1, multiply fastest by p/2 and optimal by p.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
public final class XgbParamsSpace implements Space<XgbParams> {
  private static final List<Dimension> DIMENSIONS = Space.builder()
    .quniformInt("maxDepth", 2L, 12L, 1L)
    .loguniform("eta", 0.001, 0.5)
    .uniform("gamma", 0.0, 10.0)
    .choice("booster", XgbParams.Booster.GBTREE, XgbParams.Booster.GBLINEAR, XgbParams.Booster.DART)
    .build()
    .dimensions();

  private static final FlatSpace FLAT = FlatSpace.of(DIMENSIONS);

  private static final Optional<Assignment> DEFAULTS = Optional.of(
      Assignment.builder()
        .put("maxDepth", 6L)
        .put("eta", 0.3)
        .put("gamma", 0.0)
        .put("booster", XgbParams.Booster.GBTREE)
        .build());

  /**
   * Creates the space; {@link Spaces#of} calls this.
   */
  public XgbParamsSpace() {
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
  public XgbParams decode(Assignment assignment) {
    FLAT.requireValid(assignment);
    return XgbParamsDecoder.decode(assignment);
  }

  @Override
  public Assignment encode(XgbParams value) {
    return XgbParamsDecoder.encode(value);
  }

  @Override
  public Optional<Assignment> defaults() {
    return DEFAULTS;
  }

  @Override
  public String toString() {
    return "XgbParamsSpace" + FLAT.labels();
  }
}
