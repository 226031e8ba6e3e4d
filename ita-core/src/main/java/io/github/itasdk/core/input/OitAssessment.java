package io.github.itasdk.core.input;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Scores;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The assessors' verdict on one OIT item: exactly one of a score (0–100, partial allowed), a yes/no
 * answer (100 / 0), or an exclusion with its reason — the Cabinet resolution or order that prevented
 * the activity the item asks about (manual §6.4.2). An excluded item is left out of its group's mean;
 * only items the rubric marks as excludable may be excluded. The optional {@link #evidence()} is what the
 * OIT self-check reads; the engine scores the verdict alone.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOitAssessment.class)
@JsonDeserialize(as = ImmutableOitAssessment.class)
public abstract class OitAssessment {
  /** @return the item id, e.g. {@code o17} */
  public abstract String item();

  /** @return the assessors' score, 0–100 */
  public abstract Optional<BigDecimal> score();

  /** @return the assessors' yes/no answer */
  public abstract Optional<Boolean> answer();

  /** @return why the item is not scored: the order that prevented the activity */
  public abstract Optional<String> excluded();

  /** @return the evidence entered with the answer (URLs, explanation, year, elements shown) */
  public abstract Optional<OitEvidence> evidence();

  /** @param item id @param score 0–100 @return a scored item */
  public static OitAssessment scored(String item, BigDecimal score) {
    return builder().item(item).score(score).build();
  }

  /** @param item id @param yes the answer @return a yes/no item */
  public static OitAssessment answered(String item, boolean yes) {
    return builder().item(item).answer(yes).build();
  }

  /** @param item id @param reason the order that prevented the activity @return an excluded item */
  public static OitAssessment excluded(String item, String reason) {
    return builder().item(item).excluded(reason).build();
  }

  @Value.Check
  OitAssessment normalized() {
    if (score().isEmpty() || Scores.isCanonical(score().get())) { // no lambda: every OIT value made passes here
      return this;
    }
    return builder().from(this).score(Scores.canonical(score().get())).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OitAssessment}. */
  public static final class Builder extends ImmutableOitAssessment.Builder {}

  @Override
  public String toString() {
    return item() + "=" + score().map(BigDecimal::toPlainString)
        .or(() -> answer().map(a -> a ? "yes" : "no"))
        .or(() -> excluded().map(r -> "excluded (" + r + ")")).orElse("?");
  }
}
