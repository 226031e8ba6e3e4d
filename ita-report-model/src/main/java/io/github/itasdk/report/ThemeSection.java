package io.github.itasdk.report;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.util.List;
import org.immutables.value.Value;

/** One of the analysis themes of an agency's published analysis, with the scores of the questions it draws on. */
@Value.Immutable
@JsonSerialize(as = ImmutableThemeSection.class)
@JsonDeserialize(as = ImmutableThemeSection.class)
public abstract class ThemeSection {
  /** @return 1..n */
  public abstract int number();

  /** @return the theme's name */
  public abstract Label name();

  /** @return its questions and items in the theme's order */
  public abstract List<QuestionRow> questions();

  /** @return ids of its questions with some figure below the threshold, lowest first */
  public abstract List<String> belowThreshold();

  /** @return a new builder */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThemeSection}. */
  static final class Builder extends ImmutableThemeSection.Builder {}

  @Override
  public String toString() {
    return "Theme " + number() + " " + questions().size() + " questions, below " + belowThreshold();
  }
}
