package io.github.itasdk.core.input;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an agency enters for one OIT item besides its yes/no answer (NACC, ITA manual for fiscal year 2564,
 * §6.2.1): the address(es) of the published information on its main website, the explanation of where it
 * is and how to reach it from the home page, and — for the self-check — the year (B.E.) the information
 * covers and which of the item's required elements it shows (by the rubric's element codes).
 *
 * <pre>{@code
 * OitEvidence e = OitEvidence.builder().addUrls("https://www.example.go.th/about/structure")
 *     .explanation("เมนู เกี่ยวกับเรา > โครงสร้าง").year(2566).addElements("chart", "units").build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOitEvidence.class)
@JsonDeserialize(as = ImmutableOitEvidence.class)
public abstract class OitEvidence {
  /** @return the URLs of the published information, as entered */
  public abstract List<String> urls();

  /** @return the explanation entered with the answer */
  public abstract Optional<String> explanation();

  /** @return the fiscal year (B.E.) the information covers, or the first year of a multi-year plan */
  public abstract Optional<Integer> year();

  /** @return the last year (B.E.) a multi-year plan covers; absent for one year */
  public abstract Optional<Integer> untilYear();

  /** @return the codes of the required elements the agency says the information shows */
  public abstract List<String> elements();

  /**
   * @param year a fiscal year, B.E.
   * @return true when the stated year (or the span {@code year..untilYear}) includes it; false when no
   *     year is stated
   */
  public boolean covers(int year) {
    return year().map(from -> from <= year && year <= untilYear().orElse(from)).orElse(false);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OitEvidence}. */
  public static final class Builder extends ImmutableOitEvidence.Builder {}

  @Override
  public String toString() {
    return urls() + year().map(y -> " " + y + untilYear().map(u -> "-" + u).orElse("")).orElse("")
        + (elements().isEmpty() ? "" : " shows " + elements());
  }
}
