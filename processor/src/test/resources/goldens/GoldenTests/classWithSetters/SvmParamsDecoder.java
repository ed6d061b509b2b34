package demo;

import dev.parzen.Assignment;
import javax.annotation.processing.Generated;

/**
 * Converts between {@link SvmParams} and the assignments of {@link SvmParamsSpace}, without reflection.
 */
@Generated("dev.parzen.processor.SpaceProcessor")
final class SvmParamsDecoder {
  private SvmParamsDecoder() {
  }

  /**
   * The {@link SvmParams} that {@code assignment} describes; the assignment must fit {@link SvmParamsSpace}, which checks it first.
   */
  public static SvmParams decode(Assignment assignment) {
    SvmParams value = new SvmParams();
    value.setC(assignment.getDouble("c"));
    value.kernel = assignment.get("kernel", String.class);
    value.setDegree(assignment.getInt("degree"));
    value.bucket = assignment.getLong("bucket");
    value.setCacheMegabytes(assignment.getInt("cacheMegabytes"));
    value.shift = (float) assignment.getDouble("shift");
    value.shrinking = assignment.get("shrinking", Boolean.class);
    return value;
  }

  /**
   * The assignment that decodes to {@code value}.
   */
  public static Assignment encode(SvmParams value) {
    Assignment.Builder out = Assignment.builder();
    out.put("c", value.getC());
    out.put("kernel", value.kernel);
    out.put("degree", (long) value.getDegree());
    out.put("bucket", value.bucket);
    out.put("cacheMegabytes", (long) value.getCacheMegabytes());
    out.put("shift", Double.parseDouble(Float.toString(value.shift)));
    out.put("shrinking", value.shrinking);
    return out.build();
  }
}
