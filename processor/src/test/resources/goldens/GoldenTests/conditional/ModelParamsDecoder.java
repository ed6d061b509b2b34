package demo;

import dev.parzen.Assignment;
import javax.annotation.processing.Generated;

/**
 * Converts between {@link ModelParams} and the assignments of {@link ModelParamsSpace}, without reflection.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
public final class ModelParamsDecoder {
  private ModelParamsDecoder() {
  }

  /**
   * The {@link ModelParams} that {@code assignment} describes; the assignment must fit {@link ModelParamsSpace}, which checks it first.
   */
  public static ModelParams decode(Assignment assignment) {
    return new ModelParams(
        decodeModel(assignment),
        assignment.getDouble("subsample"));
  }

  /**
   * The assignment that decodes to {@code value}.
   */
  public static Assignment encode(ModelParams value) {
    Assignment.Builder out = Assignment.builder();
    encodeModel(value.model(), out);
    out.put("subsample", value.subsample());
    return out.build();
  }

  private static ModelParams.Model decodeModel(Assignment assignment) {
    String branch = assignment.getString("model");
    switch (branch) {
      case "Linear":
        return new ModelParams.Linear(assignment.getDouble("Linear.l2"));
      case "Cart":
        return new ModelParams.Cart(
            assignment.getInt("Cart.maxDepth"),
            decodeCartSplit(assignment));
      default:
        throw new IllegalArgumentException("'model' = " + branch + " is not one of its branches [Linear, Cart]");
    }
  }

  private static ModelParams.Split decodeCartSplit(Assignment assignment) {
    String branch = assignment.getString("Cart.split");
    switch (branch) {
      case "Gini":
        return new ModelParams.Gini();
      case "Entropy":
        return new ModelParams.Entropy(assignment.getDouble("Cart.Entropy.floor"));
      default:
        throw new IllegalArgumentException("'Cart.split' = " + branch + " is not one of its branches [Gini, Entropy]");
    }
  }

  private static void encodeModel(ModelParams.Model value, Assignment.Builder out) {
    if (value instanceof ModelParams.Linear branch) {
      out.put("model", "Linear");
      out.put("Linear.l2", branch.l2());
    } else if (value instanceof ModelParams.Cart branch) {
      out.put("model", "Cart");
      out.put("Cart.maxDepth", (long) branch.maxDepth());
      encodeCartSplit(branch.split(), out);
    } else {
      throw new IllegalArgumentException("'model' = " + value + " is not one of the branches [Linear, Cart] of this space");
    }
  }

  private static void encodeCartSplit(ModelParams.Split value, Assignment.Builder out) {
    if (value instanceof ModelParams.Gini) {
      out.put("Cart.split", "Gini");
    } else if (value instanceof ModelParams.Entropy branch) {
      out.put("Cart.split", "Entropy");
      out.put("Cart.Entropy.floor", branch.floor());
    } else {
      throw new IllegalArgumentException("'Cart.split' = " + value + " is not one of the branches [Gini, Entropy] of this space");
    }
  }
}
