package dev.parzen.junit.internal.config;

import dev.parzen.junit.ParzenConstants;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds {@code parzen.<key>} parameters nobody reads, so that a typo does not silently leave a
 * setting at its default. Keys with more segments belong to modules ({@code parzen.mlflow.*}) and
 * pass.
 */
final class UnknownKeys {

  static final Set<String> KNOWN =
      Set.of(
          ParzenConstants.MAX_EVALS,
          ParzenConstants.PARALLELISM,
          ParzenConstants.SEED,
          ParzenConstants.DIR,
          ParzenConstants.RESUME,
          ParzenConstants.TRIAL_FAILURE,
          ParzenConstants.EXECUTOR,
          ParzenConstants.PROGRESS,
          ParzenConstants.REPORT);

  private UnknownKeys() {}

  /** A warning for each unknown engine key, with the known key it most resembles. */
  static List<String> check(Collection<String> keys) {
    List<String> warnings = new ArrayList<>();
    for (String key : keys) {
      String rest = key.substring(ParzenConstants.PREFIX.length());
      if (rest.contains(".") || KNOWN.contains(key)) {
        continue;
      }
      String hint = closest(key).map(k -> "; did you mean " + k + "?").orElse("");
      warnings.add(
          "unknown configuration parameter %s is ignored%s Known: %s"
              .formatted(key, hint.isEmpty() ? "." : hint, KNOWN.stream().sorted().toList()));
    }
    return warnings;
  }

  private static Optional<String> closest(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String known : KNOWN) {
      int d = distance(k, known.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance; the keys are short. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitution, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
