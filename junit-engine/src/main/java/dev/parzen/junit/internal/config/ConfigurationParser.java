package dev.parzen.junit.internal.config;

import static dev.parzen.junit.ParzenConstants.DEFAULT_DIR;
import static dev.parzen.junit.ParzenConstants.DIR;
import static dev.parzen.junit.ParzenConstants.EXECUTOR;
import static dev.parzen.junit.ParzenConstants.MAX_EVALS;
import static dev.parzen.junit.ParzenConstants.PARALLELISM;
import static dev.parzen.junit.ParzenConstants.PREFIX;
import static dev.parzen.junit.ParzenConstants.RESUME;
import static dev.parzen.junit.ParzenConstants.SEED;
import static dev.parzen.junit.ParzenConstants.TRIAL_FAILURE;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;

/** Reads the {@code parzen.*} configuration parameters, collecting every problem as an issue. */
public final class ConfigurationParser {

  /** The configuration and what was wrong with the parameters. */
  public record Parsed(EngineConfiguration configuration, List<DiscoveryIssue> issues) {}

  private final Map<String, String> settings;
  private final List<DiscoveryIssue> issues = new ArrayList<>();

  private ConfigurationParser(Map<String, String> settings) {
    this.settings = settings;
  }

  /** Parses {@code parameters}; never throws for bad values, which become error issues. */
  public static Parsed parse(ConfigurationParameters parameters) {
    Map<String, String> settings = new TreeMap<>();
    for (String key : parameters.keySet()) {
      if (key.startsWith(PREFIX)) {
        parameters.get(key).ifPresent(v -> settings.put(key, v.strip()));
      }
    }
    return new ConfigurationParser(settings).parse();
  }

  private Parsed parse() {
    UnknownKeys.check(settings.keySet()).forEach(w -> issues.add(issue(Severity.WARNING, w)));
    EngineConfiguration c =
        new EngineConfiguration(
            positiveInt(MAX_EVALS),
            positiveInt(PARALLELISM),
            seed(),
            dir(),
            resume(),
            trialFailure(),
            Optional.ofNullable(settings.get(EXECUTOR)).filter(s -> !s.isEmpty()),
            settings);
    return new Parsed(c, List.copyOf(issues));
  }

  private OptionalInt positiveInt(String key) {
    String v = settings.get(key);
    if (v == null) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= 1) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    invalid(key, v, "a whole number >= 1, e.g. -D%s=5".formatted(key));
    return OptionalInt.empty();
  }

  private OptionalLong seed() {
    String v = settings.get(SEED);
    if (v == null) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(v));
    } catch (NumberFormatException e) {
      invalid(SEED, v, "a whole number, e.g. -D%s=42".formatted(SEED));
      return OptionalLong.empty();
    }
  }

  private Path dir() {
    String v = settings.getOrDefault(DIR, DEFAULT_DIR);
    try {
      if (!v.isEmpty()) {
        return Path.of(v);
      }
    } catch (InvalidPathException e) {
      // reported below
    }
    invalid(DIR, v, "a folder path such as " + DEFAULT_DIR);
    return Path.of(DEFAULT_DIR);
  }

  private boolean resume() {
    String v = settings.getOrDefault(RESUME, "true").toLowerCase(Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      invalid(RESUME, settings.get(RESUME), "true or false");
      return true;
    }
    return Boolean.parseBoolean(v);
  }

  private TrialFailureMode trialFailure() {
    String v = settings.getOrDefault(TRIAL_FAILURE, "abort");
    try {
      return TrialFailureMode.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      invalid(TRIAL_FAILURE, v, "abort (report failed trials as aborted) or fail");
      return TrialFailureMode.ABORT;
    }
  }

  private void invalid(String key, String value, String accepted) {
    issues.add(
        issue(
            Severity.ERROR,
            "invalid configuration parameter %s='%s': expected %s"
                .formatted(key, value, accepted)));
  }

  private static DiscoveryIssue issue(Severity severity, String message) {
    return DiscoveryIssue.create(severity, message);
  }
}
