package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the assessors look for in one OIT item's evidence: the elements the published information must
 * show, the year it must cover, whether the item may be excluded, and, for a year whose manual is not
 * among our sources, the FY2564 items it continues (its counterparts, matched by title).
 *
 * <pre>{@code
 * EvidenceRule o2 = Rubrics.forFiscalYear(2564).question("o2").evidence().orElseThrow();
 * o2.elements();   // executives, name, position, photo, contact
 * o2.period();     // NONE
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceRule.class)
@JsonDeserialize(as = ImmutableEvidenceRule.class)
public abstract class EvidenceRule {
  /** @return what the evidence must show; empty where no source gives it */
  public abstract List<EvidenceElement> elements();

  /** @return the year the evidence must cover */
  public abstract EvidencePeriod period();

  /** @return present when the item may be excluded (an activity an order prevented) */
  public abstract Optional<ExclusionRule> exclusion();

  /** @return the FY2564 item ids this item continues, matched by title; empty for FY2564 itself */
  public abstract List<String> counterparts();

  /** @return where the elements and the period come from */
  public abstract Provenance provenance();

  /** @param code an element code @return the element with that code */
  public Optional<EvidenceElement> element(String code) {
    return elements().stream().filter(e -> e.code().equals(code)).findFirst();
  }

  /** @return true when the item may be excluded */
  public boolean excludable() {
    return exclusion().isPresent();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvidenceRule}. */
  public static final class Builder extends ImmutableEvidenceRule.Builder {}

  @Override
  public String toString() {
    return period() + " " + elements().stream().map(EvidenceElement::code).toList()
        + (excludable() ? " excludable" : "") + (counterparts().isEmpty() ? "" : " ~" + counterparts())
        + (provenance().isProvisional() ? " [PROVISIONAL]" : "");
  }
}
