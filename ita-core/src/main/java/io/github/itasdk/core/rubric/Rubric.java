package io.github.itasdk.core.rubric;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.Weighting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The rubric of one assessment year: tools, indicators, OIT groups, questions with sub-items, answer
 * scales, the weighting and rating policy, analysis themes, the minimum-sample rule and publication
 * conditions, with the provenance of each fact. Immutable; the shipped years are found through
 * {@code io.github.itasdk.rubrics.Rubrics}.
 *
 * <pre>{@code
 * Rubric r = Rubrics.forFiscalYear(2566);
 * r.question("e4").provenance().status();      // PROVISIONAL
 * r.tool(ToolKind.EIT).parts();                  // [PUBLIC, SURVEY]
 * r.weighting().weightOf(ToolPart.of(ToolKind.OIT));   // Optional[40]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRubric.class)
@JsonDeserialize(as = ImmutableRubric.class)
public abstract class Rubric {
  // Loops rather than streams in what reading a rubric and scoring an input call: each lambda call site costs
  // a one-agency command about a quarter of a millisecond to link at start-up.

  /** @return the id, {@code ITA-} + fiscal year B.E., e.g. {@code ITA-2566} */
  public abstract String id();

  /** @return the Thai fiscal year in the Buddhist era, e.g. 2566 */
  public abstract int fiscalYear();

  /** @return the assessment's title */
  public abstract Label title();

  /** @return where the rubric as a whole comes from */
  public abstract Provenance provenance();

  /** @return the answer scales questions refer to */
  public abstract List<AnswerScale> scales();

  /** @return how tool scores combine into the total */
  public abstract Weighting weighting();

  /** @return how the total and tool scores give a rating */
  public abstract RatingPolicy ratingPolicy();

  /** @return the minimum-sample rule */
  public abstract SampleRule sampleRule();

  /** @return the conditions for a result to be announced */
  public abstract List<PublicationRule> publicationConditions();

  /** @return where the publication conditions come from */
  public abstract Provenance publicationProvenance();

  /** @return IIT, EIT and OIT */
  public abstract List<Tool> tools();

  /** @return the analysis themes; empty where the year defines none */
  public abstract List<AnalysisTheme> themes();

  /** @return the fiscal year in the common era, the year it ends in (B.E. − 543) */
  @JsonIgnore
  public int fiscalYearCE() {
    return fiscalYear() - 543;
  }

  /**
   * @param kind IIT, EIT or OIT
   * @return the tool
   * @throws ItaException when the rubric lacks it (a validated rubric never does)
   */
  public Tool tool(ToolKind kind) {
    for (Tool t : tools()) { // a loop, not a stream: the engine asks on every run
      if (t.tool() == kind) {
        return t;
      }
    }
    throw new ItaException("Rubric [" + id() + "] has no tool [" + kind + "]");
  }

  /** @return the surveys a respondent answers: IIT, and EIT or each EIT part where the year splits it */
  @JsonIgnore
  @Value.Lazy
  public List<ToolPart> surveys() {
    List<ToolPart> out = new ArrayList<>();
    for (Tool t : tools()) {
      if (t.tool() == ToolKind.OIT) {
        continue;
      }
      if (t.hasParts()) {
        for (Part p : t.parts()) {
          out.add(ToolPart.of(t.tool(), p));
        }
      } else {
        out.add(ToolPart.of(t.tool()));
      }
    }
    return List.copyOf(out);
  }

  /** @return every indicator of every tool, in number order */
  @JsonIgnore
  @Value.Lazy
  public List<Indicator> indicators() {
    List<Indicator> out = new ArrayList<>();
    for (Tool t : tools()) {
      out.addAll(t.indicators());
    }
    return List.copyOf(out);
  }

  /**
   * @param number 1..10
   * @return the indicator
   * @throws ItaException when there is no such indicator
   */
  public Indicator indicator(int number) {
    for (Indicator i : indicators()) {
      if (i.number() == number) {
        return i;
      }
    }
    throw new ItaException("Rubric [" + id() + "] has no indicator [" + number + "] (valid 1 - 10)");
  }

  /** @return every question and OIT item by id, in rubric order */
  @JsonIgnore
  @Value.Lazy
  public Map<String, Question> questionsById() {
    Map<String, Question> m = new LinkedHashMap<>();
    for (Indicator i : indicators()) {
      for (Question q : i.allQuestions()) {
        m.putIfAbsent(q.id(), q);
      }
    }
    return m;
  }

  /**
   * @param id a question or OIT item id, e.g. {@code i4}
   * @return the question
   * @throws ItaException when the rubric has no such id
   */
  public Question question(String id) {
    Question q = questionsById().get(id);
    if (q == null) {
      throw new ItaException("Rubric [" + id() + "] has no question [" + id + "]");
    }
    return q;
  }

  /** @param id a question id @return the question, if the rubric has it */
  public Optional<Question> findQuestion(String id) {
    return Optional.ofNullable(questionsById().get(id));
  }

  /** @param id a question id @return the tool the question belongs to */
  public Optional<ToolKind> toolOf(String id) {
    Indicator i = indicatorsByQuestion().get(id);
    return i == null ? Optional.empty() : Optional.ofNullable(indicatorTools().get(i.number()));
  }

  /** @param id a question id @return the indicator the question belongs to */
  public Optional<Indicator> indicatorOf(String id) {
    return Optional.ofNullable(indicatorsByQuestion().get(id));
  }

  @JsonIgnore
  @Value.Lazy
  Map<String, Indicator> indicatorsByQuestion() {
    Map<String, Indicator> m = new java.util.HashMap<>();
    for (Indicator i : indicators()) {
      for (Question q : i.allQuestions()) {
        m.putIfAbsent(q.id(), i);
      }
    }
    return m;
  }

  @JsonIgnore
  @Value.Lazy
  Map<Integer, ToolKind> indicatorTools() {
    Map<Integer, ToolKind> m = new java.util.HashMap<>();
    for (Tool t : tools()) {
      for (Indicator i : t.indicators()) {
        m.putIfAbsent(i.number(), t.tool());
      }
    }
    return m;
  }

  /** @return every OIT group of every indicator */
  @JsonIgnore
  @Value.Lazy
  public List<Group> groups() {
    List<Group> out = new ArrayList<>();
    for (Indicator i : indicators()) {
      out.addAll(i.groups());
    }
    return List.copyOf(out);
  }

  /** @param id a group id such as {@code 9.1} @return the group, if any */
  public Optional<Group> findGroup(String id) {
    for (Group g : groups()) {
      if (g.id().equals(id)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  /**
   * @param q a survey question of this rubric
   * @return its answer scale
   * @throws ItaException for an OIT item (assessors score it, no scale)
   */
  public AnswerScale scaleOf(Question q) {
    AnswerScale s = q.scale().isPresent() ? scalesById().get(q.scale().get()) : null;
    if (s == null) {
      throw new ItaException("Question [" + q.id() + "] of rubric [" + id() + "] has no answer scale");
    }
    return s;
  }

  /** @param id a scale id @return the scale, if any */
  public Optional<AnswerScale> findScale(String id) {
    return Optional.ofNullable(scalesById().get(id));
  }

  @JsonIgnore
  /**
   * The rubric's problems, found by {@link RubricValidator} once per instance and kept with it (an
   * immutable rubric cannot change afterwards), so that every engine made from it validates for free.
   */
  @Value.Lazy
  List<io.github.itasdk.core.Problem> problems() {
    return List.copyOf(RubricValidator.check(this));
  }

  /**
   * The engine's linear models of this rubric, one per input pattern, compiled when first needed and kept
   * with this instance (read by the engine through {@code core.internal.ModelCache.of}). Not API.
   */
  @JsonIgnore
  @Value.Lazy
  io.github.itasdk.core.internal.ModelCache models() {
    return new io.github.itasdk.core.internal.ModelCache(this);
  }

  /** @return the engine's way to {@link #models()}, looked up once by {@code core.internal.ModelCache}. Not API. */
  static io.github.itasdk.core.internal.ModelCache.Models modelsAccess() {
    return new ModelsAccess();
  }

  /** Reads {@link #models()} for the engine (a class, not a lambda: nothing is linked at run time). */
  private static final class ModelsAccess implements io.github.itasdk.core.internal.ModelCache.Models {
    @Override
    public io.github.itasdk.core.internal.ModelCache of(Rubric rubric) {
      return rubric.models();
    }
  }

  @Value.Lazy
  Map<String, AnswerScale> scalesById() {
    Map<String, AnswerScale> m = new java.util.HashMap<>();
    for (AnswerScale s : scales()) {
      m.putIfAbsent(s.id(), s);
    }
    return m;
  }

  /**
   * @param id an OIT item id
   * @return false when the item's evidence rule does not allow an exclusion; true when it does, or when the
   *     rubric has no evidence rule for the item (a rubric that does not say)
   */
  public boolean mayExclude(String id) {
    Question q = questionsById().get(id);
    return q == null || q.evidence().isEmpty() || q.evidence().get().excludable();
  }

  /** @return the ids of the OIT items whose evidence rule allows an exclusion, in rubric order */
  @JsonIgnore
  @Value.Lazy
  public List<String> excludableItems() {
    List<String> out = new ArrayList<>();
    for (Group g : groups()) {
      for (Question q : g.items()) {
        if (q.evidence().isPresent() && q.evidence().get().excludable()) {
          out.add(q.id());
        }
      }
    }
    return List.copyOf(out);
  }

  /** @return the ids of every question and item whose provenance is provisional, with the reason */
  @JsonIgnore
  public Map<String, String> provisionalQuestions() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Question q : questionsById().values()) {
      if (q.provenance().isProvisional()) {
        out.putIfAbsent(q.id(), q.provenance().note().orElse(""));
      }
    }
    return out;
  }

  /**
   * Returns a copy with one answer scale replaced (same id), e.g. to score with other points per
   * option than the shipped linear default. The copy is validated.
   *
   * @param scale the replacement; its id must name an existing scale
   * @return the modified rubric
   * @throws io.github.itasdk.core.InvalidRubricException when the result is invalid
   */
  public Rubric withScale(AnswerScale scale) {
    if (findScale(scale.id()).isEmpty()) {
      throw new ItaException("Rubric [" + id() + "] has no scale [" + scale.id() + "] (scales: "
          + scales().stream().map(AnswerScale::id).toList() + ")");
    }
    List<AnswerScale> scales = new ArrayList<>();
    for (AnswerScale s : scales()) {
      scales.add(s.id().equals(scale.id()) ? scale : s);
    }
    return RubricValidator.validated(builder().from(this).scales(scales).build());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rubric}; call {@link RubricValidator#validated(Rubric)} on the result. */
  public static final class Builder extends ImmutableRubric.Builder {}

  @Override
  public String toString() {
    return "Rubric[" + id() + " FY" + fiscalYear() + "/" + fiscalYearCE() + ", "
        + tools().stream().map(t -> t.tool() + (t.hasParts() ? t.parts().toString() : "") + ":"
            + t.indicators().stream().mapToInt(i -> i.allQuestions().size()).sum()).collect(Collectors.joining(" "))
        + ", " + weighting().weights() + ", " + ratingPolicy().id()
        + ", provisional " + provisionalQuestions().size() + "]";
  }
}
