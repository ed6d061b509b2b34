package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A plain Jupiter test next to the tuning. */
class ArithmeticTest {

  @Test
  void addition() {
    assertEquals(4, 2 + 2);
  }
}
