package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValuesTests {

  enum Booster {
    GBTREE,
    DART {
      @Override
      public String toString() {
        return "dart booster";
      }
    }
  }

  @Test
  void enumOptionsAreWrittenByName() {
    assertThat(Values.format(Booster.DART)).isEqualTo("DART");
  }

  @Test
  void integersAreWrittenAsIntegers() {
    assertThat(Values.format(12L)).isEqualTo("12");
  }

  @Test
  void realsAreWrittenAsJavaDoubles() {
    assertThat(Values.format(0.031)).isEqualTo("0.031");
    assertThat(Values.format(1e-5)).isEqualTo("1.0E-5");
    assertThat(Values.format(4.0)).isEqualTo("4.0");
  }

  @Test
  void stringsAndBooleansAreWrittenAsThemselves() {
    assertThat(Values.format("gbtree")).isEqualTo("gbtree");
    assertThat(Values.format(true)).isEqualTo("true");
  }

  @Test
  void longTextIsCutWithAnEllipsisCountingCodePoints() {
    String emoji = "😀".repeat(10);
    assertThat(Limits.cut(emoji, 10)).isEqualTo(emoji);
    assertThat(Limits.cut(emoji, 4)).isEqualTo("😀😀😀…");
  }
}
