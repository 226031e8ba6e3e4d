package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.Label;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * An indicator (ตัวชี้วัด), numbered 1–10 in every year: 1–5 IIT, 6–8 EIT, 9–10 OIT. Survey indicators
 * hold questions; OIT indicators hold groups of items.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIndicator.class)
@JsonDeserialize(as = ImmutableIndicator.class)
public abstract class Indicator {
  /** @return 1..10 */
  public abstract int number();

  /** @return the indicator's name */
  public abstract Label name();

  /** @return other spellings of the Thai name in the sources */
  public abstract List<String> aliases();

  /** @return survey questions (IIT/EIT indicators) */
  public abstract List<Question> questions();

  /** @return OIT groups (OIT indicators) */
  public abstract List<Group> groups();

  /** @return every question, or every item of every group */
  @JsonIgnore
  @Value.Derived
  public List<Question> allQuestions() {
    List<Question> all = new ArrayList<>(questions()); // a loop, not a stream: see Rubric
    for (Group g : groups()) {
      all.addAll(g.items());
    }
    return List.copyOf(all);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Indicator}. */
  public static final class Builder extends ImmutableIndicator.Builder {}

  @Override
  public String toString() {
    return "Indicator " + number() + " " + name() + " " + allQuestions().stream().map(Question::id).toList();
  }
}
