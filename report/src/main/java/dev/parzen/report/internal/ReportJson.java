package dev.parzen.report.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Writes report data as JSON that is safe inside an HTML {@code <script>} element: {@code <},
 * {@code >}, {@code &} and the JavaScript line separators are written as {@code \\u} escapes, so no
 * parameter value or error message can close the element or start markup.
 */
public final class ReportJson {

  private static final ObjectWriter WRITER =
      new ObjectMapper().writer().with(new HtmlSafeEscapes());

  private ReportJson() {}

  /** The JSON text of {@code data}. */
  public static String write(ReportData data) {
    try {
      return WRITER.writeValueAsString(data);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report data of " + data.name(), e);
    }
  }

  /** Jackson's standard escapes plus the characters that mean something to an HTML parser. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
    private final int[] escapes;

    HtmlSafeEscapes() {
      escapes = CharacterEscapes.standardAsciiEscapesForJSON();
      escapes['<'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['>'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['&'] = CharacterEscapes.ESCAPE_STANDARD;
      escapes['\''] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    /** Line and paragraph separators end a line in older JavaScript, so they are escaped too. */
    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }
}
