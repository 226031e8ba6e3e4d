package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.util.List;
import org.immutables.value.Value;

/** One theme of the analysis an agency must publish (OIT item o34 in FY2566), with the question ids it draws on. */
@Value.Immutable
@JsonSerialize(as = ImmutableAnalysisTheme.class)
@JsonDeserialize(as = ImmutableAnalysisTheme.class)
public abstract class AnalysisTheme {
  /** @return 1..n */
  public abstract int number();

  /** @return the theme's name */
  public abstract Label name();

  /** @return the ids of the questions and OIT items the theme draws on */
  public abstract List<String> questions();

  /** @return where the theme and its ids come from */
  public abstract Provenance provenance();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnalysisTheme}. */
  public static final class Builder extends ImmutableAnalysisTheme.Builder {}

  @Override
  public String toString() {
    return "Theme " + number() + " " + name() + " " + questions();
  }
}
