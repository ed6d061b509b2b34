package dev.parzen.spark.internal;

import dev.parzen.Assignment;
import dev.parzen.Spaces;
import java.io.Serializable;

/**
 * How an executor obtains a trial's parameter object: the parameter object of a space built in code
 * is the assignment itself, a generated space is found again by its type, and anything else travels
 * decoded.
 */
public sealed interface RemoteParams extends Serializable {

  /** The parameter object for {@code assignment}, resolving classes with {@code loader}. */
  Object decode(Assignment assignment, ClassLoader loader) throws ClassNotFoundException;

  /** The parameter object is the assignment. */
  record AsAssignment() implements RemoteParams {
    @Override
    public Object decode(Assignment assignment, ClassLoader loader) {
      return assignment;
    }
  }

  /** Decoded by the generated space of the named type, in the executor JVM. */
  record GeneratedSpace(String typeName) implements RemoteParams {
    @Override
    public Object decode(Assignment assignment, ClassLoader loader) throws ClassNotFoundException {
      return Spaces.of(Class.forName(typeName, true, loader)).decode(assignment);
    }
  }

  /** Decoded on the driver and serialised: the parameter type is {@link Serializable}. */
  record Decoded(Object value) implements RemoteParams {
    @Override
    public Object decode(Assignment assignment, ClassLoader loader) {
      return value;
    }
  }
}
