package io.github.itasdk.core.input;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One anonymous respondent's answers: for every question of the tool, one chosen level per sub-item
 * (1..k of the question's scale; for yes/no scales 1 = no, 2 = yes). Respondents are anonymous by law:
 * {@link #toString()} never prints answers.
 *
 * <pre>{@code
 * Respondent r = Respondent.builder().id("r1").putAnswers("i1", List.of(4, 3)).putAnswers("i4", List.of(1, 1, 1)).build();
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRespondent.class)
@JsonDeserialize(as = ImmutableRespondent.class)
public abstract class Respondent {
  /** @return an id unique within its survey (not a person's identity) */
  public abstract String id();

  /** @return question id → chosen level per sub-item, in sub-item order */
  public abstract Map<String, List<Integer>> answers();

  /**
   * Shorthand for building a respondent in tests and scripts.
   *
   * @param id the respondent id
   * @param answers alternating question id and int[] of levels, e.g. {@code "i1", new int[] {4, 3}}
   * @return the respondent
   */
  public static Respondent of(String id, Object... answers) {
    Builder b = builder().id(id);
    for (int i = 0; i + 1 < answers.length; i += 2) {
      int[] levels = (int[]) answers[i + 1];
      b.putAnswers((String) answers[i], Arrays.stream(levels).boxed().toList());
    }
    return b.build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Respondent}. */
  public static final class Builder extends ImmutableRespondent.Builder {}

  /** @return the id and how many questions were answered, never the answers */
  @Override
  public String toString() {
    return "Respondent[" + id() + ", " + answers().size() + " questions answered]";
  }
}
