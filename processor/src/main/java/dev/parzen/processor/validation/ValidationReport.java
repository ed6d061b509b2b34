package dev.parzen.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors and warnings found in one type, each placed on the element, annotation and value it is
 * about, so that compilers and IDEs underline the offending value itself. Messages start with a
 * stable id in brackets.
 */
public final class ValidationReport {

  /** One diagnostic. {@code annotation} and {@code value} may be null. */
  public record Item(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {}

  private final List<Item> items = new ArrayList<>();
  private final List<Item> silentErrors = new ArrayList<>();

  /** Adds an error. */
  public void error(String message, Element element, AnnotationMirror a, AnnotationValue v) {
    items.add(new Item(Diagnostic.Kind.ERROR, message, element, a, v));
  }

  /** Adds an error placed on an element without an annotation. */
  public void error(String message, Element element) {
    error(message, element, null, null);
  }

  /** Adds a lint warning unless it is suppressed on the element or around it. */
  public void warning(Lint lint, String message, Element element, AnnotationMirror a) {
    if (!Suppressions.suppressed(element, lint)) {
      items.add(
          new Item(
              Diagnostic.Kind.WARNING,
              "[" + lint.id() + "] " + message + " " + lint.suppression(),
              element,
              a,
              null));
    }
  }

  /**
   * Adds the problems found in a branch record outside the type being checked. When the record is a
   * space itself it reports its own problems, so they only stop generation here; otherwise they are
   * placed on {@code anchor}, the field that chooses the branch.
   */
  public void addBranch(
      ValidationReport inner, boolean reportedElsewhere, Element anchor, String branch) {
    silentErrors.addAll(inner.silentErrors);
    for (Item item : inner.items) {
      addFromBranch(item, reportedElsewhere, anchor, branch);
    }
  }

  private void addFromBranch(Item item, boolean reportedElsewhere, Element anchor, String branch) {
    if (item.kind() != Diagnostic.Kind.ERROR) {
      return;
    }
    if (reportedElsewhere) {
      silentErrors.add(item);
      return;
    }
    String message = item.message();
    int end = message.indexOf(']') + 1;
    String moved =
        message.substring(0, end) + " in branch " + branch + ":" + message.substring(end);
    items.add(new Item(Diagnostic.Kind.ERROR, moved, anchor, null, null));
  }

  /** The items, in the order they were found. */
  public List<Item> items() {
    return List.copyOf(items);
  }

  /** True when the type must not be generated. */
  public boolean hasErrors() {
    return !silentErrors.isEmpty()
        || items.stream().anyMatch(i -> i.kind() == Diagnostic.Kind.ERROR);
  }

  /** Prints every item once. */
  public void printTo(Messager messager) {
    for (Item i : items) {
      messager.printMessage(i.kind(), i.message(), i.element(), i.annotation(), i.value());
    }
  }
}
