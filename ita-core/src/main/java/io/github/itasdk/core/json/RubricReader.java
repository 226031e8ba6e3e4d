package io.github.itasdk.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.policy.RatingBand;
import io.github.itasdk.core.policy.RatingPolicy;
import io.github.itasdk.core.policy.TargetShare;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.policy.Weighting;
import io.github.itasdk.core.rubric.AnalysisTheme;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.EvidenceElement;
import io.github.itasdk.core.rubric.EvidencePeriod;
import io.github.itasdk.core.rubric.EvidenceRule;
import io.github.itasdk.core.rubric.ExclusionRule;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Provenance;
import io.github.itasdk.core.rubric.PublicationCondition;
import io.github.itasdk.core.rubric.PublicationRule;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.QuestionKind;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.SampleRule;
import io.github.itasdk.core.rubric.ScaleLevel;
import io.github.itasdk.core.rubric.Status;
import io.github.itasdk.core.rubric.SubItem;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rubric format of docs/rubric-format.md from a document's tree into the rubric model, by
 * hand: every field checked for its type, unknown fields and missing required ones refused, and every
 * problem reported together with its JSON path (e.g. {@code $.tools[0].indicators[0].questions[0].kind}).
 * The rules that need the whole rubric (unique ids, weights summing to 100 …) are
 * {@code RubricValidator}'s, run on the result.
 */
final class RubricReader extends TreeWalk {
  private RubricReader() {}

  /**
   * @param root the document's tree
   * @param sourceName the document's name, for the exception's title
   * @return the rubric, not yet validated
   * @throws InvalidRubricException naming the source and every problem of form with its JSON path
   */
  static Rubric read(JsonNode root, String sourceName) {
    RubricReader r = new RubricReader();
    Rubric rubric = r.rubric(root);
    if (!r.problems.isEmpty()) {
      throw new InvalidRubricException(sourceName, r.problems.done());
    }
    return rubric;
  }

  /** One object of the rubric: its fields by name, each problem located under the object's path. */
  private final class Obj {
    private final JsonNode node;
    private final String at;
    private final int before = problems.size();

    Obj(JsonNode node, String at) {
      this.node = node;
      this.at = at;
    }

    private String path(String field) {
      return at + "." + field;
    }

    /** @return true when nothing in this object had a problem: it can be built */
    boolean ok() {
      return problems.size() == before;
    }

    String text(String field) {
      return RubricReader.this.text(node.get(field), path(field), true);
    }

    Optional<String> optText(String field) {
      return Optional.ofNullable(RubricReader.this.text(node.get(field), path(field), false));
    }

    List<String> texts(String field) {
      List<String> out = new ArrayList<>();
      each(node.get(field), path(field), (n, at) -> add(out, RubricReader.this.text(n, at, true)));
      return out;
    }

    /** @return a whole number that fits an int, or 0 after a problem */
    int whole(String field) {
      JsonNode n = node.get(field);
      if (missing(n, field)) {
        return 0;
      }
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        problems.add(new Problem(path(field), "expected a whole number, got " + describe(n)));
        return 0;
      }
      return n.intValue();
    }

    boolean bool(String field) {
      JsonNode n = node.get(field);
      if (missing(n, field)) {
        return false;
      }
      if (!n.isBoolean()) {
        problems.add(new Problem(path(field), "expected true or false, got " + describe(n)));
        return false;
      }
      return n.booleanValue();
    }

    BigDecimal number(String field) {
      JsonNode n = node.get(field);
      return missing(n, field) ? null : decimal(n, field);
    }

    Optional<BigDecimal> optNumber(String field) {
      JsonNode n = node.get(field);
      return n == null || n.isNull() ? Optional.empty() : Optional.ofNullable(decimal(n, field));
    }

    private BigDecimal decimal(JsonNode n, String field) {
      if (!n.isNumber()) {
        problems.add(new Problem(path(field), "expected a number, got " + describe(n)));
        return null;
      }
      return n.decimalValue();
    }

    <E extends Enum<E>> E enumOf(Class<E> type, String field) {
      return enumValue(type, text(field), path(field));
    }

    <E extends Enum<E>> Optional<E> optEnum(Class<E> type, String field) {
      return Optional.ofNullable(enumValue(type, RubricReader.this.text(node.get(field), path(field), false), path(field)));
    }

    <T> List<T> list(String field, Reader<T> item) {
      List<T> out = new ArrayList<>();
      each(node.get(field), path(field), (n, at) -> add(out, item.read(n, at)));
      return out;
    }

    <T> T one(String field, Reader<T> reader) {
      JsonNode n = node.get(field);
      return missing(n, field) ? null : reader.read(n, path(field));
    }

    <T> Optional<T> opt(String field, Reader<T> reader) {
      JsonNode n = node.get(field);
      return n == null || n.isNull() ? Optional.empty() : Optional.ofNullable(reader.read(n, path(field)));
    }

    private boolean missing(JsonNode n, String field) {
      if (n == null || n.isNull()) {
        problems.add(new Problem(path(field), "missing field"));
        return true;
      }
      return false;
    }
  }

  /** Reads one value of the model from its node; null after a problem. */
  private interface Reader<T> {
    T read(JsonNode node, String at);
  }

  private static <T> void add(List<T> list, T value) {
    if (value != null) {
      list.add(value);
    }
  }

  /** @return the object's fields, or null (with a problem) when it is not an object or has unknown fields */
  private Obj object(JsonNode node, String at, String... known) {
    if (!object(node, at)) {
      return null;
    }
    Obj o = new Obj(node, at);
    fields(node, at, known);
    return o;
  }

  // ------------------------------------------------------------------ the model, type by type

  private Rubric rubric(JsonNode n) {
    Obj o = object(n, "$", "id", "fiscalYear", "title", "provenance", "scales", "weighting", "ratingPolicy",
        "sampleRule", "publicationConditions", "publicationProvenance", "tools", "themes");
    if (o == null) {
      return null;
    }
    Rubric.Builder b = Rubric.builder();
    String id = o.text("id");
    int fiscalYear = o.whole("fiscalYear");
    Label title = o.one("title", this::label);
    Provenance provenance = o.one("provenance", this::provenance);
    List<AnswerScale> scales = o.list("scales", this::scale);
    Weighting weighting = o.one("weighting", this::weighting);
    RatingPolicy policy = o.one("ratingPolicy", this::ratingPolicy);
    SampleRule sampleRule = o.one("sampleRule", this::sampleRule);
    List<PublicationRule> conditions = o.list("publicationConditions", this::publicationRule);
    Provenance publication = o.one("publicationProvenance", this::provenance);
    List<Tool> tools = o.list("tools", this::tool);
    List<AnalysisTheme> themes = o.list("themes", this::theme);
    if (!o.ok()) {
      return null;
    }
    return b.id(id).fiscalYear(fiscalYear).title(title).provenance(provenance).scales(scales).weighting(weighting)
        .ratingPolicy(policy).sampleRule(sampleRule).publicationConditions(conditions)
        .publicationProvenance(publication).tools(tools).themes(themes).build();
  }

  /** A label: Thai, English or both. */
  private Label label(JsonNode n, String at) {
    Obj o = object(n, at, "th", "en");
    if (o == null) {
      return null;
    }
    String th = o.optText("th").orElse(null);
    String en = o.optText("en").orElse(null);
    if (!o.ok()) {
      return null;
    }
    if (th == null && en == null) {
      problems.add(new Problem(at, "a label needs Thai or English text: th, en or both"));
      return null;
    }
    return Label.of(th, en);
  }

  private Provenance provenance(JsonNode n, String at) {
    Obj o = object(n, at, "source", "locator", "status", "note");
    if (o == null) {
      return null;
    }
    String source = o.text("source");
    String locator = o.text("locator");
    Status status = o.enumOf(Status.class, "status");
    Optional<String> note = o.optText("note");
    return o.ok() ? Provenance.builder().source(source).locator(locator).status(status).note(note).build() : null;
  }

  private AnswerScale scale(JsonNode n, String at) {
    Obj o = object(n, at, "id", "label", "levels", "provenance");
    if (o == null) {
      return null;
    }
    String id = o.text("id");
    Label label = o.one("label", this::label);
    List<ScaleLevel> levels = o.list("levels", this::level);
    Provenance provenance = o.one("provenance", this::provenance);
    return o.ok() ? AnswerScale.builder().id(id).label(label).levels(levels).provenance(provenance).build() : null;
  }

  private ScaleLevel level(JsonNode n, String at) {
    Obj o = object(n, at, "value", "code", "label", "points");
    if (o == null) {
      return null;
    }
    int value = o.whole("value");
    Optional<String> code = o.optText("code");
    Label label = o.one("label", this::label);
    String points = o.text("points");
    return o.ok() ? ScaleLevel.builder().value(value).code(code).label(label).points(points).build() : null;
  }

  private Weighting weighting(JsonNode n, String at) {
    Obj o = object(n, at, "id", "label", "weights", "provenance");
    if (o == null) {
      return null;
    }
    String id = o.text("id");
    Optional<Label> label = o.opt("label", this::label);
    List<ToolWeight> weights = o.list("weights", this::toolWeight);
    Provenance provenance = o.one("provenance", this::provenance);
    return o.ok() ? Weighting.builder().id(id).label(label).weights(weights).provenance(provenance).build() : null;
  }

  private ToolWeight toolWeight(JsonNode n, String at) {
    Obj o = object(n, at, "tool", "part", "weight");
    if (o == null) {
      return null;
    }
    ToolKind tool = o.enumOf(ToolKind.class, "tool");
    Optional<Part> part = o.optEnum(Part.class, "part");
    BigDecimal weight = o.number("weight");
    return o.ok() ? ToolWeight.builder().tool(tool).part(part).weight(weight).build() : null;
  }

  private RatingPolicy ratingPolicy(JsonNode n, String at) {
    Obj o = object(n, at, "id", "label", "target", "targetShare", "bands", "provenance");
    if (o == null) {
      return null;
    }
    String id = o.text("id");
    Label label = o.one("label", this::label);
    BigDecimal target = o.number("target");
    TargetShare share = o.one("targetShare", this::targetShare);
    List<RatingBand> bands = o.list("bands", this::band);
    Provenance provenance = o.one("provenance", this::provenance);
    return o.ok() ? RatingPolicy.builder().id(id).label(label).target(target).targetShare(share).bands(bands)
        .provenance(provenance).build() : null;
  }

  private TargetShare targetShare(JsonNode n, String at) {
    Obj o = object(n, at, "percent", "provenance");
    if (o == null) {
      return null;
    }
    BigDecimal percent = o.number("percent");
    Provenance provenance = o.one("provenance", this::provenance);
    return o.ok() ? TargetShare.builder().percent(percent).provenance(provenance).build() : null;
  }

  private RatingBand band(JsonNode n, String at) {
    Obj o = object(n, at, "code", "label", "min", "max", "toolFloor", "meetsTarget", "aliases");
    if (o == null) {
      return null;
    }
    String code = o.text("code");
    Label label = o.one("label", this::label);
    BigDecimal min = o.number("min");
    BigDecimal max = o.number("max");
    Optional<BigDecimal> floor = o.optNumber("toolFloor");
    boolean meetsTarget = o.bool("meetsTarget");
    List<String> aliases = o.texts("aliases");
    return o.ok() ? RatingBand.builder().code(code).label(label).min(min).max(max).toolFloor(floor)
        .meetsTarget(meetsTarget).aliases(aliases).build() : null;
  }

  private SampleRule sampleRule(JsonNode n, String at) {
    Obj o = object(n, at, "everyoneBelow", "fraction", "minimum", "fixedAbove", "fixed", "provenance");
    if (o == null) {
      return null;
    }
    int everyoneBelow = o.whole("everyoneBelow");
    BigDecimal fraction = o.number("fraction");
    int minimum = o.whole("minimum");
    int fixedAbove = o.whole("fixedAbove");
    int fixed = o.whole("fixed");
    Provenance provenance = o.one("provenance", this::provenance);
    return o.ok() ? SampleRule.builder().everyoneBelow(everyoneBelow).fraction(fraction).minimum(minimum)
        .fixedAbove(fixedAbove).fixed(fixed).provenance(provenance).build() : null;
  }

  private PublicationRule publicationRule(JsonNode n, String at) {
    Obj o = object(n, at, "code", "label");
    if (o == null) {
      return null;
    }
    PublicationCondition code = o.enumOf(PublicationCondition.class, "code");
    Label label = o.one("label", this::label);
    return o.ok() ? PublicationRule.builder().code(code).label(label).build() : null;
  }

  private Tool tool(JsonNode n, String at) {
    Obj o = object(n, at, "tool", "label", "parts", "indicators");
    if (o == null) {
      return null;
    }
    ToolKind tool = o.enumOf(ToolKind.class, "tool");
    Label label = o.one("label", this::label);
    List<Part> parts = o.list("parts", (p, pat) -> enumValue(Part.class, text(p, pat, true), pat));
    List<Indicator> indicators = o.list("indicators", this::indicator);
    return o.ok() ? Tool.builder().tool(tool).label(label).parts(parts).indicators(indicators).build() : null;
  }

  private Indicator indicator(JsonNode n, String at) {
    Obj o = object(n, at, "number", "name", "aliases", "questions", "groups");
    if (o == null) {
      return null;
    }
    int number = o.whole("number");
    Label name = o.one("name", this::label);
    List<String> aliases = o.texts("aliases");
    List<Question> questions = o.list("questions", this::question);
    List<Group> groups = o.list("groups", this::group);
    return o.ok() ? Indicator.builder().number(number).name(name).aliases(aliases).questions(questions)
        .groups(groups).build() : null;
  }

  private Group group(JsonNode n, String at) {
    Obj o = object(n, at, "id", "name", "weight", "items", "provenance");
    if (o == null) {
      return null;
    }
    String id = o.text("id");
    Label name = o.one("name", this::label);
    Optional<BigDecimal> weight = o.optNumber("weight");
    List<Question> items = o.list("items", this::question);
    Optional<Provenance> provenance = o.opt("provenance", this::provenance);
    if (!o.ok()) {
      return null;
    }
    Group.Builder b = Group.builder().id(id).name(name).items(items).provenance(provenance);
    weight.ifPresent(b::weight);
    return b.build();
  }

  private Question question(JsonNode n, String at) {
    Obj o = object(n, at, "id", "text", "gloss", "kind", "scale", "weight", "subItems", "evidence", "aliases",
        "provenance");
    if (o == null) {
      return null;
    }
    String id = o.text("id");
    Optional<String> text = o.optText("text");
    String gloss = o.text("gloss");
    QuestionKind kind = o.enumOf(QuestionKind.class, "kind");
    Optional<String> scale = o.optText("scale");
    Optional<BigDecimal> weight = o.optNumber("weight");
    List<SubItem> subItems = o.list("subItems", this::subItem);
    Optional<EvidenceRule> evidence = o.opt("evidence", this::evidence);
    List<String> aliases = o.texts("aliases");
    Provenance provenance = o.one("provenance", this::provenance);
    if (!o.ok()) {
      return null;
    }
    Question.Builder b = Question.builder().id(id).text(text).gloss(gloss).kind(kind).scale(scale)
        .subItems(subItems).evidence(evidence).aliases(aliases).provenance(provenance);
    weight.ifPresent(b::weight);
    return b.build();
  }

  private SubItem subItem(JsonNode n, String at) {
    Obj o = object(n, at, "text", "gloss", "polarity");
    if (o == null) {
      return null;
    }
    Optional<String> text = o.optText("text");
    Optional<String> gloss = o.optText("gloss");
    Polarity polarity = o.enumOf(Polarity.class, "polarity");
    return o.ok() ? SubItem.builder().text(text).gloss(gloss).polarity(polarity).build() : null;
  }

  private EvidenceRule evidence(JsonNode n, String at) {
    Obj o = object(n, at, "elements", "period", "exclusion", "counterparts", "provenance");
    if (o == null) {
      return null;
    }
    List<EvidenceElement> elements = o.list("elements", this::element);
    EvidencePeriod period = o.enumOf(EvidencePeriod.class, "period");
    Optional<ExclusionRule> exclusion = o.opt("exclusion", this::exclusion);
    List<String> counterparts = o.texts("counterparts");
    Provenance provenance = o.one("provenance", this::provenance);
    return o.ok() ? EvidenceRule.builder().elements(elements).period(period).exclusion(exclusion)
        .counterparts(counterparts).provenance(provenance).build() : null;
  }

  private EvidenceElement element(JsonNode n, String at) {
    Obj o = object(n, at, "code", "label");
    if (o == null) {
      return null;
    }
    String code = o.text("code");
    Label label = o.one("label", this::label);
    return o.ok() ? EvidenceElement.of(code, label) : null;
  }

  private ExclusionRule exclusion(JsonNode n, String at) {
    Obj o = object(n, at, "provenance");
    if (o == null) {
      return null;
    }
    Provenance provenance = o.one("provenance", this::provenance);
    return o.ok() ? ExclusionRule.of(provenance) : null;
  }

  private AnalysisTheme theme(JsonNode n, String at) {
    Obj o = object(n, at, "number", "name", "questions", "provenance");
    if (o == null) {
      return null;
    }
    int number = o.whole("number");
    Label name = o.one("name", this::label);
    List<String> questions = o.texts("questions");
    Provenance provenance = o.one("provenance", this::provenance);
    return o.ok() ? AnalysisTheme.builder().number(number).name(name).questions(questions).provenance(provenance)
        .build() : null;
  }
}
