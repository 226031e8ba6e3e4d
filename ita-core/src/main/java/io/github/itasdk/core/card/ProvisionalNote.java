package io.github.itasdk.core.card;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A provisional piece of rubric data a score card's figures rest on, and why it is provisional. */
@Value.Immutable
@JsonSerialize(as = ImmutableProvisionalNote.class)
@JsonDeserialize(as = ImmutableProvisionalNote.class)
public abstract class ProvisionalNote {
  /** @return the rubric element, e.g. {@code question e4}, {@code scale LEVEL4}, {@code weighting} */
  public abstract String element();

  /** @return why it is provisional */
  public abstract String note();

  /** @param element element @param note note @return the note (the engine makes notes) */
  static ProvisionalNote of(String element, String note) {
    return ImmutableProvisionalNote.builder().element(element).note(note).build();
  }

  @Override
  public String toString() {
    return element() + ": " + note();
  }

}
