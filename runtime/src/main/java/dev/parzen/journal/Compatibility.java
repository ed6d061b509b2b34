package dev.parzen.journal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Decides whether a journal written by an earlier run may be resumed by the current one. */
final class Compatibility {

  private Compatibility() {}

  /**
   * The notes about additive changes.
   *
   * @throws JournalException naming every breaking difference and where the journal stays
   */
  static List<String> check(Path file, JournalHeader before, JournalHeader now) {
    List<String> breaking = new ArrayList<>();
    if (before.format() > JournalHeader.FORMAT) {
      breaking.add(
          "it was written in journal format %d; this version reads format %d"
              .formatted(before.format(), JournalHeader.FORMAT));
    }
    if (before.direction() != now.direction()) {
      breaking.add(
          "the direction changed from %s to %s".formatted(before.direction(), now.direction()));
    }
    SpaceChanges changes = SpaceChanges.between(before.space(), now.space());
    breaking.addAll(changes.breaking());
    if (!breaking.isEmpty()) {
      throw new JournalException(
          file,
          ("cannot resume %s from the journal %s: %s. The journal is left untouched there. To"
                  + " start afresh, move or delete it, point this tuning at another journal, or"
                  + " turn resume off (parzen.resume=false keeps the old journal under a dated"
                  + " name).")
              .formatted(now.name(), file, String.join("; ", breaking)));
    }
    List<String> notes = new ArrayList<>();
    for (String change : changes.additive()) {
      notes.add("resumed %s although the space changed: %s".formatted(file, change));
    }
    return notes;
  }
}
