package demo;

import dev.parzen.Assignment;
import javax.annotation.processing.Generated;

/**
 * Converts between {@link XgbParams} and the assignments of {@link XgbParamsSpace}, without reflection.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
public final class XgbParamsDecoder {
  private XgbParamsDecoder() {
  }

  /**
   * The {@link XgbParams} that {@code assignment} describes; the assignment must fit {@link XgbParamsSpace}, which checks it first.
   */
  public static XgbParams decode(Assignment assignment) {
    return new XgbParams(
        assignment.getInt("maxDepth"),
        assignment.getDouble("eta"),
        assignment.getDouble("gamma"),
        assignment.get("booster", XgbParams.Booster.class));
  }

  /**
   * The assignment that decodes to {@code value}.
   */
  public static Assignment encode(XgbParams value) {
    Assignment.Builder out = Assignment.builder();
    out.put("maxDepth", (long) value.maxDepth());
    out.put("eta", value.eta());
    out.put("gamma", value.gamma());
    out.put("booster", value.booster());
    return out.build();
  }
}
