package dev.parzen.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the report page: the template with the styles, ECharts, the page script and the data
 * inlined, so the file opens anywhere without a network.
 */
public final class ReportPage {

  private static final String BASE = "/dev/parzen/report/";
  private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");

  private ReportPage() {}

  /** The whole HTML document for {@code data}. */
  public static String render(ReportData data) {
    Map<String, String> slots =
        Map.of(
            "title", Html.escape(data.name()),
            "style", Assets.STYLE,
            "echarts", Assets.ECHARTS,
            "script", Assets.SCRIPT,
            "data", ReportJson.write(data));
    String template = Assets.TEMPLATE;
    StringBuilder out = new StringBuilder(Assets.ECHARTS.length() + 256 * 1024);
    Matcher m = SLOT.matcher(template);
    int copied = 0;
    while (m.find()) {
      String value = slots.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("the report template has an unknown slot " + m.group());
      }
      out.append(template, copied, m.start()).append(value);
      copied = m.end();
    }
    return out.append(template, copied, template.length()).toString();
  }

  /** The page's fixed parts, read once from the jar. */
  private static final class Assets {
    static final String TEMPLATE = read("report.html");
    static final String STYLE = read("report.css");
    static final String SCRIPT = Html.scriptText(read("report.js"));
    static final String ECHARTS = Html.scriptText(read("echarts.min.js"));

    private static String read(String name) {
      try (InputStream in = ReportPage.class.getResourceAsStream(BASE + name)) {
        if (in == null) {
          throw new IllegalStateException(
              ("%s%s is missing from the parzen-report jar; it is put there at build time"
                      + " (ECharts by `npm pack`): rebuild parzen-report with npm on the PATH")
                  .formatted(BASE, name));
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + BASE + name + " from the class path", e);
      }
    }
  }
}
