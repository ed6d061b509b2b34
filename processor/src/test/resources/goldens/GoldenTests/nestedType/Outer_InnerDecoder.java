package demo;

import dev.parzen.Assignment;
import javax.annotation.processing.Generated;

/**
 * Converts between {@link Outer.Inner} and the assignments of {@link Outer_InnerSpace}, without reflection.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
final class Outer_InnerDecoder {
  private Outer_InnerDecoder() {
  }

  /**
   * The {@link Outer.Inner} that {@code assignment} describes; the assignment must fit {@link Outer_InnerSpace}, which checks it first.
   */
  public static Outer.Inner decode(Assignment assignment) {
    return new Outer.Inner(
        assignment.getLong("batch"),
        assignment.getDouble("momentum"));
  }

  /**
   * The assignment that decodes to {@code value}.
   */
  public static Assignment encode(Outer.Inner value) {
    Assignment.Builder out = Assignment.builder();
    out.put("batch", value.batch());
    out.put("momentum", value.momentum());
    return out.build();
  }
}
