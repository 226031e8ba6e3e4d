package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Two score cards of one agency compared at the level they share — the total, the tools (EIT parts too
 * when both years split EIT) and indicators 1–10 — with the change from the first to the second, and each
 * card rated under both years' policies. Question ids restart per rubric year, so questions are not
 * compared. The cards may be of the same year or of different years and rubrics.
 *
 * <p>Symmetric: {@code of(b, rb, a, ra)} has the same rows with first and second swapped and every delta
 * negated.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(card2564, Rubrics.forFiscalYear(2564), card2566, Rubrics.forFiscalYear(2566));
 * c.total().delta();                // Optional[1.23]
 * c.second().ratings();             // [ITA-2566/grades: PASS, ITA-2564/grades: AA]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComparison.class)
@JsonDeserialize(as = ImmutableComparison.class)
public abstract class Comparison {
  /** The current JSON format version of comparisons. */
  public static final String FORMAT = "ita-comparison/1";

  /** @return the format version, {@value #FORMAT} */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /** @return the first card */
  public abstract ComparedCard first();

  /** @return the second card */
  public abstract ComparedCard second();

  /** @return whether both cards were scored under the same rubric */
  public abstract boolean sameRubric();

  /** @return the totals */
  public abstract DeltaRow total();

  /** @return the tools both cards have (and EIT parts when both split EIT) */
  public abstract List<DeltaRow> tools();

  /** @return the indicators both rubrics have, by number */
  public abstract List<DeltaRow> indicators();

  /** @return caveats, e.g. differing agency names */
  public abstract List<String> notes();

  /**
   * Compares two cards.
   *
   * @param first the earlier (or reference) card
   * @param firstRubric the rubric it was scored under
   * @param second the later card
   * @param secondRubric the rubric it was scored under
   * @return the comparison
   * @throws ItaException when a rubric is not its card's
   */
  public static Comparison of(ScoreCard first, Rubric firstRubric, ScoreCard second, Rubric secondRubric) {
    check(first, firstRubric, "first");
    check(second, secondRubric, "second");
    List<String> notes = new ArrayList<>();
    if (first.agency().isPresent() && second.agency().isPresent()
        && !first.agency().get().strip().equals(second.agency().get().strip())) {
      notes.add("the cards name different agencies: [" + first.agency().get() + "] and [" + second.agency().get() + "]");
    }
    boolean same = firstRubric.id().equals(secondRubric.id());
    if (!same) {
      notes.add("different rubrics (" + firstRubric.id() + ", " + secondRubric.id() + "): compared at tool and "
          + "indicator level only; question ids restart per year");
    }
    List<DeltaRow> tools = new ArrayList<>();
    for (Tool t : firstRubric.tools()) {
      Optional<Tool> other = secondRubric.tools().stream().filter(o -> o.tool() == t.tool()).findFirst();
      if (other.isEmpty()) {
        continue;
      }
      tools.add(row(t.tool().name(), t.label(), other.get().label(), first.tool(t.tool()), second.tool(t.tool())));
      for (Part p : t.parts()) {
        if (other.get().parts().contains(p)) {
          tools.add(row(t.tool() + "/" + p, p.label(), p.label(), first.eit(p), second.eit(p)));
        }
      }
    }
    List<DeltaRow> indicators = new ArrayList<>();
    for (Indicator i : firstRubric.indicators()) {
      Optional<Indicator> other = secondRubric.indicators().stream().filter(o -> o.number() == i.number()).findFirst();
      if (other.isPresent()) {
        indicators.add(row(Integer.toString(i.number()), i.name(), other.get().name(), first.indicator(i.number()),
            second.indicator(i.number())));
      }
    }
    Label totalLabel = Label.of("คะแนนรวม", "total");
    return ImmutableComparison.builder()
        .first(side(first, firstRubric, secondRubric))
        .second(side(second, secondRubric, firstRubric))
        .sameRubric(same)
        .total(row("total", totalLabel, totalLabel, Optional.of(first.total()), Optional.of(second.total())))
        .tools(tools).indicators(indicators).notes(notes).build();
  }

  private static void check(ScoreCard card, Rubric rubric, String which) {
    if (!card.rubric().equals(rubric.id())) {
      throw new ItaException("The " + which + " score card was scored under [" + card.rubric() + "], not rubric ["
          + rubric.id() + "]");
    }
  }

  private static ComparedCard side(ScoreCard card, Rubric own, Rubric other) {
    List<PolicyRating> ratings = new ArrayList<>();
    ratings.add(PolicyRating.of(card, own.ratingPolicy()));
    if (!other.ratingPolicy().id().equals(own.ratingPolicy().id())) {
      ratings.add(PolicyRating.of(card, other.ratingPolicy()));
    }
    return ComparedCard.builder().agency(card.agency()).rubric(card.rubric()).fiscalYear(own.fiscalYear())
        .total(card.total()).ratings(ratings).build();
  }

  private static DeltaRow row(String id, Label name, Label otherName, Optional<BigDecimal> a, Optional<BigDecimal> b) {
    Optional<BigDecimal> delta = a.isPresent() && b.isPresent() ? Optional.of(b.get().subtract(a.get())) : Optional.empty();
    return DeltaRow.builder().id(id).name(name).secondName(Objects.equals(name, otherName) ? Optional.empty()
        : Optional.of(otherName)).first(a).second(b).delta(delta).build();
  }

  /** @return a new builder (for deserialisation; use {@link #of}) */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Comparison}. */
  static final class Builder extends ImmutableComparison.Builder {}

  @Override
  public String toString() {
    return "Comparison[" + first() + " vs " + second() + ", " + total() + ", tools " + tools() + ", indicators "
        + indicators() + "]";
  }
}
