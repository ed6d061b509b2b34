package dev.parzen.samples.tribuo;

import dev.parzen.samples.data.Split;
import org.tribuo.Model;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.evaluation.LabelEvaluator;

/** Trains a Tribuo classifier on one side of a split and scores it on the other. */
public final class TribuoEvaluation {

  private TribuoEvaluation() {}

  /**
   * The accuracy on {@code split}'s validation rows of {@code trainer} fitted on its train rows.
   */
  public static double validationAccuracy(Trainer<Label> trainer, Split split) {
    Model<Label> model = trainer.train(TribuoData.labelled(split.train()));
    return new LabelEvaluator().evaluate(model, TribuoData.labelled(split.validation())).accuracy();
  }
}
