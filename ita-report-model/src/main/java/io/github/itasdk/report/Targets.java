package io.github.itasdk.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * What a measure answers in the result: analysis themes by number, indicators 1–10, and question or OIT item
 * ids of the rubric year ({@code i4}, {@code e13}, {@code o42}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargets.class)
@JsonDeserialize(as = ImmutableTargets.class)
public abstract class Targets {
  /** @return analysis theme numbers */
  public abstract List<Integer> themes();

  /** @return indicator numbers */
  public abstract List<Integer> indicators();

  /** @return question and OIT item ids */
  public abstract List<String> questions();

  /** @return true when nothing is targeted */
  @JsonIgnore
  public boolean isEmpty() {
    return themes().isEmpty() && indicators().isEmpty() && questions().isEmpty();
  }

  /** @return targets naming nothing */
  public static Targets none() {
    return builder().build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Targets}. */
  public static final class Builder extends ImmutableTargets.Builder {}

  @Override
  public String toString() {
    return "themes " + themes() + " indicators " + indicators() + " questions " + questions();
  }
}
