package io.github.itasdk.core.input;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.rubric.PublicationCondition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything known about one agency's assessment under one rubric: raw survey responses, OIT
 * assessments and/or published figures at any level (mixed freely; the engine computes upward from the
 * lowest level given), plus optional agency facts and publication conditions.
 *
 * <pre>{@code
 * AssessmentInput in = AssessmentInput.builder()
 *     .rubric("ITA-2566")
 *     .agency(Agency.named("อบต.ท่ากูบ"))
 *     .addPublished(PublishedFigure.of(FigureLevel.INDICATOR, "1", new BigDecimal("99.45")))
 *     // … indicators 2–10
 *     .build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessmentInput.class)
@JsonDeserialize(as = ImmutableAssessmentInput.class)
public abstract class AssessmentInput {
  /** @return the rubric id, e.g. {@code ITA-2566} */
  public abstract String rubric();

  /** @return the agency */
  public abstract Optional<Agency> agency();

  /** @return publication conditions the caller knows, met (true) or not (false) */
  public abstract Map<PublicationCondition, Boolean> conditions();

  /** @return raw survey responses, one entry per tool or EIT part */
  public abstract List<SurveyResponses> surveys();

  /** @return the assessors' verdict per OIT item */
  public abstract List<OitAssessment> oit();

  /** @return figures printed in a report */
  public abstract List<PublishedFigure> published();

  /** @return the rating printed in a report, as printed (any known label variant) */
  public abstract Optional<String> publishedRating();

  /**
   * @return true to score EIT from one part when the other has no data (a project default: no source says how to score a missing part); otherwise a part with
   *     no data is an error
   */
  @Value.Default
  public boolean scoreEitFromOnePart() {
    return false;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssessmentInput}. */
  public static final class Builder extends ImmutableAssessmentInput.Builder {}

  @Override
  public String toString() {
    return "AssessmentInput[" + rubric() + agency().map(a -> ", " + a).orElse("") + ", surveys "
        + surveys().stream().map(s -> s.toolPart() + ":" + s.respondents().size()).toList() + ", oit "
        + oit().size() + " items, published " + published().size() + " figures]";
  }
}
