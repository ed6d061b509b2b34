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
 * The search space of {@link ModelParams}, generated from its annotations.
 *
 * <ul>
 *   <li>{@code model}: one of the branches Linear, Cart; default Cart
 *   <li>{@code Linear.l2}: loguniform(min = 1.0E-6, max = 1)
 *   <li>{@code Cart.maxDepth}: quniform(min = 1, max = 20, q = 1), integer; default 6
 *   <li>{@code Cart.split}: one of the branches Gini, Entropy; default Gini
 *   <li>{@code Cart.Entropy.floor}: uniform(min = 0, max = 0.5); default 0.1
 *   <li>{@code subsample}: uniform(min = 0, max = 1); default 0.8
 * </ul>
 *
 * <p>Max-evals advice for a serial run: 4 ordinal parameters and a categorical breadth of 4 give fastest 100 and optimal 140 trials; the default is the midpoint, 120. With parallelism p > 1, multiply fastest by p/2 and optimal by p.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
public final class ModelParamsSpace implements Space<ModelParams> {
  private static final List<Dimension> DIMENSIONS = Space.builder()
    .add(
      new Dimension.Branches(
        "model",
        List.of(
          new Dimension.Branch("Linear", Space.builder()
            .loguniform("Linear.l2", 1.0E-6, 1.0)
            .build()
            .dimensions()),
          new Dimension.Branch("Cart", Space.builder()
            .quniformInt("Cart.maxDepth", 1L, 20L, 1L)
            .add(
              new Dimension.Branches(
                "Cart.split",
                List.of(
                  new Dimension.Branch("Gini", List.of()),
                  new Dimension.Branch("Entropy", Space.builder()
                    .uniform("Cart.Entropy.floor", 0.0, 0.5)
                    .build()
                    .dimensions())),
                List.of()))
            .build()
            .dimensions())),
        List.of()))
    .uniform("subsample", 0.0, 1.0)
    .build()
    .dimensions();

  private static final FlatSpace FLAT = FlatSpace.of(DIMENSIONS);

  private static final Optional<Assignment> DEFAULTS = Optional.of(
      Assignment.builder()
        .put("model", "Cart")
        .put("Cart.maxDepth", 6L)
        .put("Cart.split", "Gini")
        .put("subsample", 0.8)
        .build());

  /**
   * Creates the space; {@link Spaces#of} calls this.
   */
  public ModelParamsSpace() {
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
  public ModelParams decode(Assignment assignment) {
    FLAT.requireValid(assignment);
    return ModelParamsDecoder.decode(assignment);
  }

  @Override
  public Assignment encode(ModelParams value) {
    return ModelParamsDecoder.encode(value);
  }

  @Override
  public Optional<Assignment> defaults() {
    return DEFAULTS;
  }

  @Override
  public String toString() {
    return "ModelParamsSpace" + FLAT.labels();
  }
}
