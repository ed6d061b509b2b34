package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TrackingTargetTests {

  @Test
  void httpUrisPointToAServerWithoutTrailingSlash() {
    assertThat(TrackingTarget.parse("http://127.0.0.1:5000/"))
        .isEqualTo(new TrackingTarget.Server(URI.create("http://127.0.0.1:5000"), null));
  }

  @Test
  void aPathPrefixBehindAProxyIsKept() {
    var server = (TrackingTarget.Server) TrackingTarget.parse("https://ml.example.com/mlflow/");
    assertThat(server.base()).isEqualTo(URI.create("https://ml.example.com/mlflow"));
  }

  @Test
  void credentialsInTheUriAreTakenOutAndNeverShown() {
    var server = (TrackingTarget.Server) TrackingTarget.parse("https://bob:s3cret@ml.example.com");
    assertThat(server.userInfo()).isEqualTo("bob:s3cret");
    assertThat(server.base()).isEqualTo(URI.create("https://ml.example.com"));
    assertThat(server.display()).doesNotContain("s3cret");
    assertThat(server.toString()).doesNotContain("s3cret");
  }

  @Test
  void fileUrisPointToALocalStore() {
    assertThat(TrackingTarget.parse("file:///tmp/x/mlruns"))
        .isEqualTo(new TrackingTarget.LocalStore(Path.of("/tmp/x/mlruns")));
    assertThat(TrackingTarget.parse("file:mlruns"))
        .isEqualTo(new TrackingTarget.LocalStore(Path.of("mlruns")));
    assertThat(TrackingTarget.parse("file://localhost/tmp/m"))
        .isEqualTo(new TrackingTarget.LocalStore(Path.of("/tmp/m")));
  }

  @Test
  void aBarePathIsALocalStoreAsInMlflow() {
    assertThat(TrackingTarget.parse("./mlruns"))
        .isEqualTo(new TrackingTarget.LocalStore(Path.of("./mlruns")));
  }

  @Test
  void percentEscapesInFileUrisAreDecoded() {
    assertThat(TrackingTarget.parse("file:///tmp/my%20runs"))
        .isEqualTo(new TrackingTarget.LocalStore(Path.of("/tmp/my runs")));
  }

  @Test
  void databaseUrisAreRefusedWithTheFormsThatWork() {
    assertThatThrownBy(() -> TrackingTarget.parse("postgresql://bob:s3cret@db/mlflow"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scheme 'postgresql' is not supported")
        .hasMessageContaining("http(s)://host:port")
        .hasMessageContaining("file:/path/to/mlruns")
        .hasMessageNotContaining("s3cret");
  }

  @Test
  void fileUrisOnOtherHostsAreRefused() {
    assertThatThrownBy(() -> TrackingTarget.parse("file://nas/share/mlruns"))
        .hasMessageContaining("not to host 'nas'");
  }

  @Test
  void httpUrisWithoutHostAreRefused() {
    assertThatThrownBy(() -> TrackingTarget.parse("http:///x")).hasMessageContaining("no host");
  }

  @Test
  void anUnencodedAtSignInThePasswordIsRefusedWithoutShowingThePassword() {
    assertThatThrownBy(() -> TrackingTarget.parse("https://bob:p@ss@ml.example.com/x"))
        .hasMessageContaining("https://***@ml.example.com/x")
        .hasMessageNotContaining("p@ss");
  }
}
