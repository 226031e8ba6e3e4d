package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a rubric fact comes from and how firmly it stands: a source file (a seed document, or the
 * SPEC section that transcribes a report we do not hold), a locator inside it, a {@link Status} and,
 * for provisional facts, the reason.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProvenance.class)
@JsonDeserialize(as = ImmutableProvenance.class)
public abstract class Provenance {
  /** @return the source document, e.g. {@code NACC, ITA manual for fiscal year 2564} */
  public abstract String source();

  /** @return section and line(s) inside the source, e.g. {@code §4.4, line 276} */
  public abstract String locator();

  /** @return verified or provisional */
  public abstract Status status();

  /** @return why the fact is provisional, or a remark such as a corrected typo */
  public abstract Optional<String> note();

  /** @return true when the fact is provisional */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isProvisional() {
    return status() == Status.PROVISIONAL;
  }

  /**
   * @param source source document
   * @param locator section/lines
   * @param status status
   * @param note reason or remark, may be null
   * @return the provenance
   */
  public static Provenance of(String source, String locator, Status status, String note) {
    return builder().source(source).locator(locator).status(status).note(Optional.ofNullable(note)).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provenance}. */
  public static final class Builder extends ImmutableProvenance.Builder {}

  @Override
  public String toString() {
    return source() + " " + locator() + " [" + status() + note().map(n -> ": " + n).orElse("") + "]";
  }
}
