package io.github.itasdk.core.batch;

import io.github.itasdk.core.Problem;
import io.github.itasdk.core.rubric.ToolPart;
import java.util.List;
import java.util.Map;

/**
 * What a {@link BatchScorer} run read and scored. Returned only when the run is complete: every row of
 * both files was read and valid, and every agency got a card or, with
 * {@link BatchOptions.Builder#skipUnscorable(boolean)}, is listed in {@link #unscored()}.
 *
 * @param rows respondent rows read (one per respondent)
 * @param answers answer cells counted (one per sub-item answered)
 * @param oitRows OIT rows read
 * @param agencies agencies found in either file
 * @param cards score cards delivered
 * @param respondents respondents per survey (IIT, EIT or each EIT part) over all agencies
 * @param unscored agencies that could not be scored, by id, with the engine's reasons; empty unless
 *     {@code skipUnscorable} was set
 */
public record BatchSummary(long rows, long answers, long oitRows, int agencies, int cards,
    Map<ToolPart, Long> respondents, Map<String, List<Problem>> unscored) {
  /** Copies the maps. */
  public BatchSummary {
    respondents = Map.copyOf(respondents);
    unscored = Map.copyOf(unscored);
  }
}
