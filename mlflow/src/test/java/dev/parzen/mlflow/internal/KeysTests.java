package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeysTests {

  @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "maxDepth|maxDepth",
        "learning rate|learning rate",
        "model/svm.c|model/svm.c",
        "a:b|a_b",
        "x$1|x_1",
        "/leading|leading",
        "a//b|a/b",
        "trailing/|trailing",
        "../up|__/up",
        "a..b|a__b",
        "./here|_/here",
        "größe|größe",
        "|_",
      })
  void keysAreMadeValidForMlflow(String raw, String key) {
    String input = raw == null ? "" : raw;
    assertThat(Keys.sanitize(input)).isEqualTo(key);
  }

  @Test
  void longKeysAreCutToTheLimit() {
    String key = Keys.sanitize("k".repeat(400));
    assertThat(key).hasSize(Limits.KEY);
  }

  @Test
  void cuttingNeverLeavesATrailingSlash() {
    String raw = "a".repeat(Limits.KEY - 1) + "/bbb";
    assertThat(Keys.sanitize(raw)).doesNotEndWith("/").hasSizeLessThanOrEqualTo(Limits.KEY);
  }

  @Test
  void validKeysAreLeftAlone() {
    assertThat(Keys.isValid("eta")).isTrue();
    assertThat(Keys.isValid("a:b")).isFalse();
  }

  @Test
  void labelsThatSanitizeAlikeGetDistinctKeys() {
    KeyNames names = new KeyNames(Set.of());
    assertThat(names.of("a:b")).isEqualTo("a_b");
    assertThat(names.of("a_b")).isEqualTo("a_b_2");
    assertThat(names.of("a:b")).isEqualTo("a_b");
  }

  @Test
  void labelsNeverTakeAReservedKey() {
    KeyNames names = new KeyNames(Set.of("trial_number"));
    assertThat(names.of("trial_number")).isEqualTo("trial_number_2");
  }

  @Test
  void labelKeysLeaveRoomForTheBestPrefix() {
    KeyNames names = new KeyNames(Set.of());
    String key = names.of("x".repeat(400));
    assertThat(("best_" + key).length()).isLessThanOrEqualTo(Limits.KEY);
  }
}
