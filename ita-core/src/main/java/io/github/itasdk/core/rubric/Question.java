package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import io.github.itasdk.core.Scores;
import org.immutables.value.Value;

/**
 * A question of the IIT or EIT survey, or an item of the OIT audit. Ids restart per rubric year:
 * FY2566 {@code i19} is not FY2564 {@code i19}.
 *
 * <pre>{@code
 * Question i4 = Rubrics.forFiscalYear(2564).question("i4");
 * i4.kind();        // YES_NO
 * i4.subItems();    // three sub-items, all NEGATIVE
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableQuestion.class)
@JsonDeserialize(as = ImmutableQuestion.class)
public abstract class Question {
  /** @return the id, e.g. {@code i1}, {@code e4}, {@code o17} */
  public abstract String id();

  /** @return the official Thai wording (OIT: the item title); empty where the sources lack it */
  public abstract Optional<String> text();

  /** @return a short English gloss */
  public abstract String gloss();

  /** @return how it is answered */
  public abstract QuestionKind kind();

  /** @return the answer scale's id, for survey questions */
  public abstract Optional<String> scale();

  /** @return the weight inside its indicator or group (default 1) */
  @Value.Default
  public BigDecimal weight() {
    return BigDecimal.ONE;
  }

  /** @return what the question asks, one entry per bullet; empty for OIT items */
  public abstract List<SubItem> subItems();

  /**
   * @return for an OIT item, what its evidence must show and which year it must cover; empty for survey
   *     questions and for items of rubrics that do not say
   */
  public abstract Optional<EvidenceRule> evidence();

  /** @return other spellings of the text found in the sources */
  public abstract List<String> aliases();

  /** @return where the question comes from */
  public abstract Provenance provenance();

  /** @return the Thai text where known, else the English gloss */
  public String displayText() {
    return text().orElse(gloss());
  }

  @Value.Check
  Question normalized() {
    return Scores.isCanonical(weight()) ? this : builder().from(this).weight(Scores.canonical(weight())).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Question}. */
  public static final class Builder extends ImmutableQuestion.Builder {}

  @Override
  public String toString() {
    return id() + " " + kind() + (subItems().size() > 1 ? " ×" + subItems().size() : "") + " " + displayText()
        + (provenance().isProvisional() ? " [PROVISIONAL]" : "");
  }
}
