package dev.parzen;

/**
 * The annotation processor did not run for a space type, so its generated space class is missing.
 * The message shows the Maven configuration that fixes it.
 */
public final class SpaceNotGeneratedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /**
   * The exception for {@code type}, whose generated class {@code expected} was not found.
   *
   * @param type the annotated space type
   * @param expected the fully qualified name of the missing generated class
   */
  public SpaceNotGeneratedException(Class<?> type, String expected) {
    super(
        """
        No generated space for %s: the class %s does not exist, so the parzen annotation \
        processor did not run on it. Add parzen-processor to the compiler's processor path \
        (JDK 23+ no longer runs processors found on the class path):

          <plugin>
            <groupId>org.apache.maven.plugins</groupId>
            <artifactId>maven-compiler-plugin</artifactId>
            <configuration>
              <annotationProcessorPaths>
                <path>
                  <groupId>dev.parzen</groupId>
                  <artifactId>parzen-processor</artifactId>
                  <version>${parzen.version}</version>
                </path>
              </annotationProcessorPaths>
            </configuration>
          </plugin>

        Gradle: annotationProcessor("dev.parzen:parzen-processor:<version>"). If the \
        processor did run, the type has no space annotations (@Uniform, @Choice, ...) or the \
        compiler reported an error on it."""
            .formatted(type.getName(), expected));
  }
}
