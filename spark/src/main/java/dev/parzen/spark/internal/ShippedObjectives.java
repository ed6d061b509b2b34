package dev.parzen.spark.internal;

import dev.parzen.Objective;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;

/**
 * Objectives written in code travel once per tuning, as Java-serialised bytes in a broadcast
 * variable, and are deserialised once per executor JVM; the driver's own JVM uses the original.
 */
public final class ShippedObjectives {

  private static final int KEPT = 32;
  private static final Map<Long, Objective<Object>> BY_BROADCAST =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Objective<Object>> eldest) {
          return size() > KEPT;
        }
      };

  private ShippedObjectives() {}

  /**
   * The objective as bytes.
   *
   * @throws IllegalArgumentException naming what cannot be serialised and how to fix it
   */
  public static byte[] serialize(Objective<?> objective, String tuningName) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(objective);
    } catch (NotSerializableException e) {
      throw new IllegalArgumentException(
          ("the objective of tuning '%s' cannot be sent to Spark executors: it holds a %s, which"
                  + " is not Serializable. A lambda written in an instance method holds `this`"
                  + " when it uses a field or method of its class. Make that class Serializable,"
                  + " mark the field transient and load it on the executor, put large read-only"
                  + " data in a broadcast (SparkExecutor.broadcast), or tune a @Tune method,"
                  + " which is called by name and never serialised")
              .formatted(tuningName, e.getMessage()),
          e);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "the objective of tuning '%s' cannot be serialised for Spark executors: %s"
              .formatted(tuningName, e),
          e);
    }
    return bytes.toByteArray();
  }

  /** Lets executors in this JVM use {@code objective} itself for broadcast {@code id}. */
  @SuppressWarnings("unchecked")
  public static void registerLocal(long id, Objective<?> objective) {
    synchronized (BY_BROADCAST) {
      BY_BROADCAST.put(id, (Objective<Object>) objective);
    }
  }

  /** Forgets the objective of broadcast {@code id} in this JVM. */
  public static void forget(long id) {
    synchronized (BY_BROADCAST) {
      BY_BROADCAST.remove(id);
    }
  }

  /** The objective in {@code bytes}, deserialised at most once per JVM. */
  static Objective<Object> resolve(Broadcast<byte[]> bytes, ClassLoader loader)
      throws IOException, ClassNotFoundException {
    synchronized (BY_BROADCAST) {
      Objective<Object> known = BY_BROADCAST.get(bytes.id());
      if (known != null) {
        return known;
      }
    }
    Objective<Object> read = deserialize(bytes.value(), loader);
    synchronized (BY_BROADCAST) {
      return BY_BROADCAST.computeIfAbsent(bytes.id(), id -> read);
    }
  }

  @SuppressWarnings("unchecked")
  private static Objective<Object> deserialize(byte[] bytes, ClassLoader loader)
      throws IOException, ClassNotFoundException {
    try (ObjectInputStream in =
        new LoaderObjectInputStream(new ByteArrayInputStream(bytes), loader)) {
      return (Objective<Object>) in.readObject();
    }
  }

  /** Resolves classes with the task's class loader, which sees jars shipped to the executor. */
  private static final class LoaderObjectInputStream extends ObjectInputStream {
    private final ClassLoader loader;

    LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
      super(in);
      this.loader = loader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      try {
        return Class.forName(desc.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }
  }
}
