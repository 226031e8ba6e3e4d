package io.github.itasdk.core.input;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The raw responses of one survey: the IIT, the EIT, or one EIT part where the year splits it. */
@Value.Immutable
@JsonSerialize(as = ImmutableSurveyResponses.class)
@JsonDeserialize(as = ImmutableSurveyResponses.class)
public abstract class SurveyResponses {
  /** @return IIT or EIT */
  public abstract ToolKind tool();

  /** @return the EIT part, where the rubric splits EIT */
  public abstract Optional<Part> part();

  /** @return the respondents */
  public abstract List<Respondent> respondents();

  /** @return tool and part together */
  public ToolPart toolPart() {
    return ToolPart.of(tool(), part().orElse(null));
  }

  /**
   * @param toolPart the survey, e.g. {@code ToolPart.of(ToolKind.EIT, Part.PUBLIC)}
   * @param respondents its respondents
   * @return the responses
   */
  public static SurveyResponses of(ToolPart toolPart, List<Respondent> respondents) {
    return builder().tool(toolPart.tool()).part(Optional.ofNullable(toolPart.part())).respondents(respondents).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SurveyResponses}. */
  public static final class Builder extends ImmutableSurveyResponses.Builder {}

  @Override
  public String toString() {
    return "SurveyResponses[" + toolPart() + ", " + respondents().size() + " respondents]";
  }
}
