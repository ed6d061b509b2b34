package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CredentialsTests {

  private static Function<String, Optional<String>> settings(Map<String, String> m) {
    return k -> Optional.ofNullable(m.get(k));
  }

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aTokenIsSentAsBearer() {
    Credentials c = Credentials.from(settings(Map.of(Credentials.TOKEN, "tok-123")), null);
    assertThat(c.header()).contains("Bearer tok-123");
  }

  @Test
  void aTokenWinsOverUserAndPassword() {
    Credentials c =
        Credentials.from(
            settings(Map.of(Credentials.TOKEN, "t", Credentials.USERNAME, "bob")), "x:y");
    assertThat(c.kind()).isEqualTo("bearer token");
  }

  @Test
  void userAndPasswordAreSentAsBasic() {
    Credentials c =
        Credentials.from(
            settings(Map.of(Credentials.USERNAME, "bob", Credentials.PASSWORD, "pw")), null);
    assertThat(c.header()).contains(basic("bob:pw"));
  }

  @Test
  void userInfoOfTheUriIsTheLastResort() {
    Credentials c = Credentials.from(settings(Map.of()), "bob:p%40ss");
    assertThat(c.header()).contains(basic("bob:p@ss"));
  }

  @Test
  void noCredentialsSendNoHeader() {
    assertThat(Credentials.from(settings(Map.of()), null).header()).isEmpty();
  }

  @Test
  void theSecretIsNeverInTheTextForm() {
    Credentials c = Credentials.from(settings(Map.of(Credentials.TOKEN, "tok-123")), null);
    assertThat(c.toString()).doesNotContain("tok-123").isEqualTo("Credentials[bearer token]");
  }

  @Test
  void secretsEchoedByAServerAreMasked() {
    Credentials token = Credentials.from(settings(Map.of(Credentials.TOKEN, "tok-123")), null);
    assertThat(token.scrub("bad token tok-123")).isEqualTo("bad token ***");
    Credentials basic = Credentials.from(settings(Map.of()), "bob:pw42");
    assertThat(basic.scrub("got " + basic.header().orElseThrow() + " and pw42"))
        .isEqualTo("got Basic *** and ***");
  }
}
