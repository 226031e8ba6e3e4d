package io.github.itasdk.core.batch;

import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.rubric.ToolPart;

/**
 * How often each level was chosen for each question and sub-item by one agency's respondents to one
 * survey: all a question score depends on. Handed to {@link BatchOptions.Builder#onCounts} for answer
 * distributions or cross-checks; anonymous by construction.
 */
public final class AnswerCounts {
  private final String agency;
  private final ToolPart survey;
  private final long respondents;
  private final WideLayout layout;
  /** The agency's counters, read where they are (nothing copied for a caller that looks at a few). */
  private final WideCsv.AgencyCounts counts;
  private final int surveyIndex;

  AnswerCounts(WideCsv.AgencyCounts counts, int surveyIndex, WideLayout layout) {
    this.agency = counts.id;
    this.survey = layout.surveys.get(surveyIndex);
    this.respondents = counts.respondents[surveyIndex];
    this.layout = layout;
    this.counts = counts;
    this.surveyIndex = surveyIndex;
  }

  /** @return the agency id as written in the file */
  public String agency() {
    return agency;
  }

  /** @return the survey: IIT, EIT, or an EIT part */
  public ToolPart survey() {
    return survey;
  }

  /** @return the respondents counted */
  public long respondents() {
    return respondents;
  }

  /**
   * @param column an answer column name of the wide CSV, e.g. {@code i7} or {@code i1.2}
   * @param level a level of the question's scale, 1..k
   * @return how many respondents chose that level
   * @throws ItaException when the column is not a question of this survey's tool or the level is out of range
   */
  public long count(String column, int level) {
    WideLayout.Slot s = layout.slots.get(column);
    if (s == null || s.tool() != survey.tool()) {
      throw new ItaException("No answer column [" + column + "] in " + survey + " of " + layout.rubric.id());
    }
    if (level < 1 || level > s.scale().size()) {
      throw new ItaException("Level of " + column + " out of range (valid levels 1 - " + s.scale().size() + "): " + level);
    }
    return counts.count(surveyIndex, s.offset() + level);
  }

  @Override
  public String toString() {
    return "AnswerCounts[" + agency + ", " + survey + ", " + respondents + " respondents]";
  }
}
