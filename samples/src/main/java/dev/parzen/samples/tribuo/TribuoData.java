package dev.parzen.samples.tribuo;

import dev.parzen.samples.data.Dataset;
import java.util.Locale;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Turns the samples' data sets into Tribuo's: one example per row, the target as its label. */
public final class TribuoData {

  private TribuoData() {}

  /**
   * A Tribuo data set of {@code data}'s rows, labelled by the target printed as a whole number
   * ({@code "7"} for the digit 7).
   */
  public static MutableDataset<Label> labelled(Dataset data) {
    LabelFactory factory = new LabelFactory();
    MutableDataset<Label> out =
        new MutableDataset<>(new SimpleDataSourceProvenance(data.name(), factory), factory);
    String[] names = data.featureNames().toArray(String[]::new);
    for (int r = 0; r < data.size(); r++) {
      out.add(new ArrayExample<>(new Label(label(data.target(r))), names, data.row(r)));
    }
    return out;
  }

  private static String label(double target) {
    return target == Math.rint(target)
        ? Long.toString((long) target)
        : String.format(Locale.ROOT, "%s", target);
  }
}
