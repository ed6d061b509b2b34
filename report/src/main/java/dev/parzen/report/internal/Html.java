package dev.parzen.report.internal;

/** The two escapes the page template needs: text in markup, and scripts inlined as text. */
final class Html {

  private Html() {}

  /** {@code text} safe as element content or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code script} safe inside a {@code <script>} element: a closing tag inside a string literal
   * would end the element early, so it is split ({@code <\/script}), which JavaScript reads the
   * same.
   */
  static String scriptText(String script) {
    return script.replaceAll("(?i)</(script)", "<\\\\/$1");
  }
}
