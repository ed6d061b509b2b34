package dev.parzen.mlflow.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code Authorization} header for a tracking server, from the variables MLflow's own clients
 * read. Holds a secret: {@link #toString()} never shows it, and nothing here logs it.
 */
public final class Credentials {

  /** Bearer token (Databricks personal access tokens, OAuth proxies). */
  public static final String TOKEN = "MLFLOW_TRACKING_TOKEN";

  /** User name for HTTP basic authentication. */
  public static final String USERNAME = "MLFLOW_TRACKING_USERNAME";

  /** Password for HTTP basic authentication. */
  public static final String PASSWORD = "MLFLOW_TRACKING_PASSWORD";

  private static final Credentials NONE = new Credentials(null, "none", List.of());

  private final String header;
  private final String kind;
  private final List<String> secrets;

  private Credentials(String header, String kind, List<String> secrets) {
    this.header = header;
    this.kind = kind;
    this.secrets = secrets.stream().filter(x -> !x.isEmpty()).toList();
  }

  /**
   * The credentials: a token wins over user and password, which win over a {@code user:password@}
   * embedded in the URI.
   *
   * @param settings looks a setting up by name (configuration, system property, environment)
   * @param userInfo the URI's raw user info, or {@code null}
   */
  public static Credentials from(Function<String, Optional<String>> settings, String userInfo) {
    Optional<String> token = settings.apply(TOKEN);
    if (token.isPresent()) {
      String t = token.get().strip();
      return new Credentials("Bearer " + t, "bearer token", List.of(t));
    }
    Optional<String> user = settings.apply(USERNAME);
    if (user.isPresent()) {
      return basic(user.get(), settings.apply(PASSWORD).orElse(""));
    }
    if (userInfo != null && !userInfo.isEmpty()) {
      int colon = userInfo.indexOf(':');
      String u = colon < 0 ? userInfo : userInfo.substring(0, colon);
      String p = colon < 0 ? "" : userInfo.substring(colon + 1);
      return basic(decode(u), decode(p));
    }
    return NONE;
  }

  /** The header value, when there are credentials. */
  public Optional<String> header() {
    return Optional.ofNullable(header);
  }

  /** The kind, never the secret: {@code "bearer token"}, {@code "basic"} or {@code "none"}. */
  public String kind() {
    return kind;
  }

  /**
   * {@code text} with the secret masked: for messages that echo what a server or proxy said, which
   * might quote the credentials back.
   */
  public String scrub(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out == null ? null : out.replace(secret, "***");
    }
    return out;
  }

  @Override
  public String toString() {
    return "Credentials[" + kind + "]";
  }

  private static Credentials basic(String user, String password) {
    String pair = user + ":" + password;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    return new Credentials("Basic " + encoded, "basic", List.of(encoded, password));
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
