package dev.parzen.mlflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** SnakeYAML is a port of PyYAML: what it reads back is what MLflow reads back. */
class MetaYamlTests {

  private static final String[] AWKWARD = {
    "XgbTuning",
    "true",
    "No",
    "null",
    "~",
    "123",
    "0x1F",
    "1e3",
    ".inf",
    "12:30",
    "a: b",
    "it's",
    "#comment",
    "- item",
    "[list]",
    "{map}",
    "*alias",
    "&anchor",
    "!tag",
    "%directive",
    "@at",
    "`tick",
    " leading",
    "trailing ",
    "tab\there",
    "line\nbreak",
    "carriage\rreturn",
    "ünïcödé 名前",
    "emoji 😀",
    "back\\slash \"quoted\"",
    "dev.parzen.samples.XgbTuning",
  };

  private static Yaml pyyaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "XgbTuning",
        "true",
        "No",
        "null",
        "~",
        "123",
        "0x1F",
        "1e3",
        ".inf",
        "12:30",
        "a: b",
        "it's",
        "#comment",
        "- item",
        "[list]",
        "{map}",
        "*alias",
        "&anchor",
        "!tag",
        "%directive",
        "@at",
        "`tick",
        " leading",
        "trailing ",
        "tab\there",
        "line\nbreak",
        "carriage\rreturn",
        "next\u0085line",
        "ünïcödé 名前",
        "emoji 😀",
        "back\\slash \"quoted\"",
        "dev.parzen.samples.XgbTuning",
        "y",
        "x #y"
      })
  void stringsReadBackExactlyAsPyYamlReadsThem(String value) {
    TreeMap<String, Object> fields = new TreeMap<>();
    fields.put("name", value);
    String doc = MetaYaml.write(fields);
    Map<String, Object> read = pyyaml().load(doc);
    assertThat(read.get("name")).isEqualTo(value);
    assertThat(MetaYaml.read(doc).get("name")).isEqualTo(value);
  }

  @Test
  void numbersNullsAndEmptyListsAreYamlTypes() {
    TreeMap<String, Object> fields = new TreeMap<>();
    fields.put("end_time", null);
    fields.put("start_time", 1672364273319L);
    fields.put("experiment_id", "42");
    fields.put("tags", MetaYaml.EMPTY_LIST);
    String doc = MetaYaml.write(fields);
    Map<String, Object> read = pyyaml().load(doc);
    assertThat(read.get("end_time")).isNull();
    assertThat(read.get("start_time")).isEqualTo(1672364273319L);
    assertThat(read.get("experiment_id")).isEqualTo("42");
    assertThat(read.get("tags")).asList().isEmpty();
    assertThat(doc)
        .isEqualTo("end_time: null\nexperiment_id: '42'\nstart_time: 1672364273319\ntags: []\n");
  }

  @Test
  void filesWrittenByPyYamlAreReadIncludingFoldedLongValues() {
    for (String name : AWKWARD) {
      String longName = name + " " + "word ".repeat(30) + "end";
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put("artifact_location", "file:///tmp/mlruns/7");
      doc.put("experiment_id", "7");
      doc.put("lifecycle_stage", "active");
      doc.put("name", longName);
      DumperOptions options = new DumperOptions();
      options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
      String text = new Yaml(options).dump(doc);
      Map<String, String> read = MetaYaml.read(text);
      assertThat(read.get("name")).as(text).isEqualTo(longName);
      assertThat(read.get("experiment_id")).isEqualTo("7");
      assertThat(read.get("lifecycle_stage")).isEqualTo("active");
    }
  }
}
