package dev.parzen.console;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Tells an interactive terminal from a log file, so carriage-return updates never land in Maven
 * logs.
 */
final class Terminal {

  private Terminal() {}

  /**
   * True when standard output is an interactive terminal. Up to Java 21 {@link System#console()} is
   * null whenever output is redirected; from Java 22 on it may exist anyway, and only {@code
   * Console.isTerminal()} (absent from the Java 17 API this is compiled against) tells.
   */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException beforeJava22) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
