package demo;

import dev.parzen.Assignment;
import javax.annotation.processing.Generated;

/**
 * Converts between {@link Kernel} and the assignments of {@link KernelSpace}, without reflection.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
public final class KernelDecoder {
  private KernelDecoder() {
  }

  /**
   * The {@link Kernel} that {@code assignment} describes; the assignment must fit {@link KernelSpace}, which checks it first.
   */
  public static Kernel decode(Assignment assignment) {
    return new Kernel(
        assignment.get("shape", Kernel.Shape.class),
        assignment.get("fallback", Kernel.Shape.class),
        assignment.getDouble("width"));
  }

  /**
   * The assignment that decodes to {@code value}.
   */
  public static Assignment encode(Kernel value) {
    Assignment.Builder out = Assignment.builder();
    out.put("shape", value.shape());
    out.put("fallback", value.fallback());
    out.put("width", value.width());
    return out.build();
  }
}
