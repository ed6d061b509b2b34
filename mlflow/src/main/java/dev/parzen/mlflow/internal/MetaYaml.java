package dev.parzen.mlflow.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MLflow's {@code meta.yaml} files: flat mappings with sorted keys, as {@code yaml.safe_dump(...,
 * sort_keys=True)} writes them. Writes them, and reads back the top-level scalars of files written
 * here or by MLflow (plain, single- and double-quoted, folded over several lines).
 */
public final class MetaYaml {

  /** The value written as {@code []}: MLflow keeps {@code tags: []} in run files. */
  public static final Object EMPTY_LIST = new Object();

  private static final Pattern KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$");

  private MetaYaml() {}

  /** The document: one {@code key: value} line per entry, keys sorted. */
  public static String write(SortedMap<String, Object> fields) {
    StringBuilder b = new StringBuilder();
    fields.forEach(
        (k, v) ->
            b.append(k)
                .append(": ")
                .append(v == EMPTY_LIST ? "[]" : YamlScalars.of(v))
                .append('\n'));
    return b.toString();
  }

  /** The top-level entries of {@code text}, scalars decoded, anything else as written. */
  public static Map<String, String> read(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    String key = null;
    StringBuilder raw = new StringBuilder();
    for (String line : text.split("\\r?\\n", -1)) {
      Matcher m = KEY.matcher(line);
      if (m.matches()) {
        if (key != null) {
          out.put(key, decode(raw.toString()));
        }
        key = m.group(1);
        raw.setLength(0);
        raw.append(m.group(2) == null ? "" : m.group(2));
      } else if (key != null) {
        raw.append('\n').append(line);
      }
    }
    if (key != null) {
      out.put(key, decode(raw.toString()));
    }
    return out;
  }

  private static String decode(String raw) {
    String s = raw.strip();
    if (s.startsWith("|") || s.startsWith(">")) {
      return block(raw.strip().charAt(0), raw);
    }
    if (s.startsWith("'")) {
      return fold(s.substring(1, s.lastIndexOf('\'')), false).replace("''", "'");
    }
    if (s.startsWith("\"")) {
      return unescape(fold(s.substring(1, s.lastIndexOf('"')), true));
    }
    return fold(s, false);
  }

  /** A literal ({@code |}) or folded ({@code >}) block scalar, with its chomping indicator. */
  private static String block(char style, String raw) {
    String[] lines = raw.split("\n", -1);
    String header = lines[0].strip();
    int indent = -1;
    StringBuilder b = new StringBuilder();
    boolean previousText = false;
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (indent < 0 && !line.isBlank()) {
        indent = line.length() - line.stripLeading().length();
      }
      String content = line.isBlank() ? "" : line.substring(Math.min(indent, line.length()));
      if (style == '|') {
        b.append(i > 1 ? "\n" : "").append(content);
      } else if (content.isEmpty()) {
        b.append('\n');
      } else {
        b.append(previousText ? " " : "").append(content);
      }
      previousText = !content.isEmpty();
    }
    String text = b.toString().replaceAll("\n+$", "");
    if (header.contains("-")) {
      return text;
    }
    return header.contains("+") ? b + "\n" : text + "\n";
  }

  /** YAML line folding: a break between lines is a space, an empty line a newline. */
  private static String fold(String s, boolean escapedBreaks) {
    String[] lines = s.split("\n", -1);
    StringBuilder b = new StringBuilder(lines.length > 1 ? lines[0].stripTrailing() : lines[0]);
    boolean pendingNewline = false;
    for (int i = 1; i < lines.length; i++) {
      String line = i == lines.length - 1 ? lines[i].stripLeading() : lines[i].strip();
      if (line.isEmpty()) {
        b.append('\n');
        pendingNewline = true;
        continue;
      }
      boolean joined = escapedBreaks && b.length() > 0 && b.charAt(b.length() - 1) == '\\';
      if (joined) {
        b.setLength(b.length() - 1);
      } else if (!pendingNewline) {
        b.append(' ');
      }
      b.append(line);
      pendingNewline = false;
    }
    return b.toString();
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= s.length()) {
        b.append(c);
        continue;
      }
      char e = s.charAt(++i);
      int hex = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (hex > 0) {
        b.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + hex), 16));
        i += hex;
        continue;
      }
      b.append(simpleEscape(e));
    }
    return b.toString();
  }

  private static String simpleEscape(char e) {
    return switch (e) {
      case '0' -> "\0";
      case 'a' -> "\u0007";
      case 'b' -> "\b";
      case 't', '\t' -> "\t";
      case 'n' -> "\n";
      case 'v' -> "\u000B";
      case 'f' -> "\f";
      case 'r' -> "\r";
      case 'e' -> "\u001B";
      case 'N' -> "\u0085";
      case '_' -> "\u00A0";
      case 'L' -> "\u2028";
      case 'P' -> "\u2029";
      case ' ' -> " ";
      default -> String.valueOf(e);
    };
  }
}
