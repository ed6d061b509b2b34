package dev.parzen.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parzen.Assignment;
import dev.parzen.Space;
import dev.parzen.Spaces;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decoding a drawn assignment and encoding the result gives the assignment back, for every kind.
 */
class RoundTripTests {

  static Stream<Arguments> spaceTypesAndSeeds() {
    return withSeeds(
        Stream.of(
            AllKinds.class,
            WithDefaults.class,
            SvmParams.class,
            Forest.class,
            Outer.Nested.class,
            Pipeline.class,
            Pipeline.Tree.class));
  }

  static Stream<Arguments> recordTypesAndSeeds() {
    return withSeeds(
        Stream.of(
            AllKinds.class, WithDefaults.class, Outer.Nested.class, Pipeline.class, Floats.class));
  }

  private static Stream<Arguments> withSeeds(Stream<Class<?>> types) {
    return types.flatMap(t -> Stream.of(1L, 2L, 3L).map(seed -> Arguments.of(t, seed)));
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("spaceTypesAndSeeds")
  void encodeInvertsDecode(Class<?> type, long seed) {
    assertRoundTrips(Spaces.of(type), seed);
  }

  private static <T> void assertRoundTrips(Space<T> space, long seed) {
    for (Assignment a : Samples.draw(space, 300, seed)) {
      T decoded = space.decode(a);
      assertThat(space.encode(decoded)).as("encode(decode(%s))", a).isEqualTo(a);
    }
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("recordTypesAndSeeds")
  void decodeInvertsEncodeForRecords(Class<?> type, long seed) {
    assertDecodeInvertsEncode(Spaces.of(type), seed);
  }

  private static <T> void assertDecodeInvertsEncode(Space<T> space, long seed) {
    for (Assignment a : Samples.draw(space, 100, seed)) {
      T value = space.decode(a);
      assertThat(space.decode(space.encode(value))).isEqualTo(value);
    }
  }
}
