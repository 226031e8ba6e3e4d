package io.github.itasdk.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A bilingual label: the official Thai text and an English rendering side by side.
 *
 * @param th the Thai text (official wording where there is one); may be null only where the sources
 *     give no Thai text
 * @param en the English text; may be null where none was written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Label(String th, String en) {
  /** Rejects a label with neither language. */
  public Label {
    if (th == null && en == null) {
      throw new ItaException("A label needs Thai or English text");
    }
  }

  /**
   * @param th Thai text
   * @param en English text
   * @return the label
   */
  public static Label of(String th, String en) {
    return new Label(th, en);
  }

  /** @return the Thai text, or the English one where there is no Thai */
  public String preferThai() {
    return th != null ? th : en;
  }

  /** @return {@code "ไทย (English)"}, or the one language present */
  // equals and hashCode written out: a record's generated ones are linked at run time on first use, which
  // costs a one-agency command milliseconds of start-up

  @Override
  public boolean equals(Object o) {
    return o instanceof Label l && Objects.equals(th, l.th) && Objects.equals(en, l.en);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(th) * 31 + Objects.hashCode(en);
  }

  @Override
  public String toString() {
    if (th == null) {
      return en;
    }
    return en == null || Objects.equals(th, en) ? th : th + " (" + en + ")";
  }
}
