package dev.parzen.mlflow.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a tracking URI points: an MLflow server ({@code http(s)://…}) or a local file store ({@code
 * file:…} or a bare path, as MLflow itself reads them). Parsing happens once per tuning so that a
 * bad URI is reported in words before anything is sent.
 */
public sealed interface TrackingTarget {

  /** The target for display: never shows credentials embedded in the URI. */
  String display();

  /**
   * A tracking server.
   *
   * @param base the server's base URI, without credentials, query or trailing slash
   * @param userInfo {@code user:password} embedded in the URI, or {@code null}
   */
  record Server(URI base, String userInfo) implements TrackingTarget {
    @Override
    public String display() {
      return base.toString();
    }

    @Override
    public String toString() {
      return "Server[" + display() + "]";
    }
  }

  /**
   * A local {@code mlruns} directory.
   *
   * @param root the directory (it need not exist yet)
   */
  record LocalStore(Path root) implements TrackingTarget {
    @Override
    public String display() {
      return root.toAbsolutePath().normalize().toUri().toString();
    }
  }

  /** Scheme-like prefix; one letter is a Windows drive, not a scheme. */
  Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]+):");

  /**
   * Parses a tracking URI.
   *
   * @throws IllegalArgumentException naming the URI (credentials hidden) and the accepted forms
   */
  static TrackingTarget parse(String uri) {
    String s = uri.strip();
    var m = SCHEME.matcher(s);
    String scheme = m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    try {
      return switch (scheme) {
        case "http", "https" -> server(s);
        case "file" -> new LocalStore(filePath(s));
        case "" -> new LocalStore(Path.of(s));
        default -> throw unsupported(s, "scheme '" + scheme + "' is not supported");
      };
    } catch (UnsupportedTarget e) {
      throw e;
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw unsupported(s, "it is not a valid URI or path (" + redact(e.getMessage()) + ")");
    }
  }

  /** {@code text} with any {@code user:password@} of a URI replaced by {@code ***@}. */
  static String redact(String text) {
    return text == null ? "" : text.replaceAll("//[^/\\s]*@", "//***@");
  }

  private static Server server(String s) throws URISyntaxException {
    URI u = new URI(s);
    if (u.getHost() == null) {
      throw unsupported(s, "it has no host (write an @ inside a user name or password as %40)");
    }
    String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
    URI base =
        new URI(
            u.getScheme().toLowerCase(Locale.ROOT)
                + "://"
                + u.getRawAuthority().substring(u.getRawAuthority().lastIndexOf('@') + 1)
                + path);
    return new Server(base, u.getRawUserInfo());
  }

  private static Path filePath(String s) throws URISyntaxException {
    URI u = new URI(s);
    if (u.isOpaque()) {
      return Path.of(u.getSchemeSpecificPart());
    }
    String host = u.getHost();
    if (host != null && !host.isEmpty() && !host.equalsIgnoreCase("localhost")) {
      throw unsupported(s, "a file: URI must point to this machine, not to host '" + host + "'");
    }
    return Path.of(u.getPath());
  }

  private static UnsupportedTarget unsupported(String uri, String why) {
    return new UnsupportedTarget(
        ("MLflow tracking URI '%s' cannot be used: %s. Use http(s)://host:port for an MLflow"
                + " tracking server (Databricks: https://<workspace-host> with"
                + " MLFLOW_TRACKING_TOKEN), or file:/path/to/mlruns for a local store")
            .formatted(redact(uri), why));
  }

  /** A tracking URI Parzen cannot use. */
  final class UnsupportedTarget extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnsupportedTarget(String message) {
      super(message);
    }
  }
}
