package io.github.itasdk.core.oit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One objection the self-check expects from the assessors: the item (empty for the agency as a whole),
 * the rule, whether the item would score 0 if it holds, the text for the officer in Thai and English,
 * the public source of the rule, and where in the input it was found.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOitFinding.class)
@JsonDeserialize(as = ImmutableOitFinding.class)
public abstract class OitFinding {
  /** @return the OIT item id, e.g. {@code o7}; empty for a finding about the agency */
  public abstract Optional<String> item();

  /** @return the rule */
  public abstract OitRule rule();

  /** @return true when the item scores 0 if the objection holds */
  public abstract boolean losesItem();

  /** @return what to fix, in Thai and English */
  public abstract Label text();

  /** @return the public source of the rule, e.g. {@code NACC, ITA manual for fiscal year 2564, §6.5, line 692} */
  public abstract String source();

  /** @return true when the source is a provisional rubric fact (e.g. a FY2566 item mapped to FY2564) */
  public abstract boolean provisional();

  /** @return the JSON path of what the finding is about, e.g. {@code $.oit[3].evidence.urls[0]} */
  public abstract String location();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OitFinding}. */
  public static final class Builder extends ImmutableOitFinding.Builder {}

  @Override
  public String toString() {
    return item().orElse("agency") + " " + rule() + (losesItem() ? " (loses the item)" : "") + ": " + text().en()
        + " [" + source() + "]";
  }
}
