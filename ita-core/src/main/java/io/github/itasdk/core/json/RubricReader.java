package io.github.itasdk.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.Label;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.internal.TreeWalk;
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

  /**
   * One object of the rubric: its fields by name, each problem located under the object's path. (Plain
   * loops and calls, no lambdas: each lambda call site costs a cold command a quarter of a millisecond.)
   */
  private final class Obj {
    private final JsonNode node;
    private final String at;
    private final int before = problems.size();

    Obj(JsonNode node, String at) {
      this.node = node;
      this.at = at;
    }

    /** @return the path of a field of this object */
    String at(String field) {
      return at + "." + field;
    }

    /** @return true when nothing in this object had a problem: it can be built */
    boolean ok() {
      return problems.size() == before;
    }

    /** @return the field's value, or null when it is absent or null (then a problem, if required) */
    JsonNode get(String field, boolean required) {
      JsonNode n = node.get(field);
      if (n == null || n.isNull()) {
        if (required) {
          problems.add(new Problem(at(field), "missing field"));
        }
        return null;
      }
      return n;
    }

    /** @return the elements of an array field with their paths; none when absent or null */
    List<Item> items(String field) {
      return RubricReader.this.items(get(field, false), at(field));
    }

    String text(String field) {
      return RubricReader.this.text(node.get(field), at(field), true);
    }

    Optional<String> optText(String field) {
      return Optional.ofNullable(RubricReader.this.text(node.get(field), at(field), false));
    }

    List<String> texts(String field) {
      List<String> out = new ArrayList<>();
      for (Item i : items(field)) {
        add(out, RubricReader.this.text(i.node, i.at, true));
      }
      return out;
    }

    /** @return a whole number that fits an int, or 0 after a problem */
    int whole(String field) {
      JsonNode n = get(field, true);
      if (n == null) {
        return 0;
      }
      if (!n.isIntegralNumber() || !n.canConvertToInt()) {
        problems.add(new Problem(at(field), "expected a whole number, got " + describe(n)));
        return 0;
      }
      return n.intValue();
    }

    boolean bool(String field) {
      JsonNode n = get(field, true);
      if (n == null) {
        return false;
      }
      if (!n.isBoolean()) {
        problems.add(new Problem(at(field), "expected true or false, got " + describe(n)));
        return false;
      }
      return n.booleanValue();
    }

    BigDecimal number(String field) {
      JsonNode n = get(field, true);
      return n == null ? null : decimal(n, field);
    }

    Optional<BigDecimal> optNumber(String field) {
      JsonNode n = get(field, false);
      return n == null ? Optional.empty() : Optional.ofNullable(decimal(n, field));
    }

    private BigDecimal decimal(JsonNode n, String field) {
      if (!n.isNumber()) {
        problems.add(new Problem(at(field), "expected a number, got " + describe(n)));
        return null;
      }
      return n.decimalValue();
    }

    <E extends Enum<E>> E enumOf(Class<E> type, String field) {
      return enumValue(type, text(field), at(field));
    }

    <E extends Enum<E>> Optional<E> optEnum(Class<E> type, String field) {
      return Optional.ofNullable(enumValue(type, RubricReader.this.text(node.get(field), at(field), false), at(field)));
    }

    Label label(String field, boolean required) {
      return RubricReader.this.label(get(field, required), at(field));
    }

    Provenance provenance(String field, boolean required) {
      return RubricReader.this.provenance(get(field, required), at(field));
    }
  }

  private static <T> void add(List<T> list, T value) {
    if (value != null) {
      list.add(value);
    }
  }

  /**
   * @return the object's fields, or null: when the node is absent (its reader's caller said whether that
   *     is a problem), or with a problem when it is not an object; unknown fields are problems
   */
  private Obj object(JsonNode node, String at, String... known) {
    if (node == null || !object(node, at)) {
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
    Label title = o.label("title", true);
    Provenance provenance = o.provenance("provenance", true);
    List<AnswerScale> scales = new ArrayList<>();
    for (Item i : o.items("scales")) {
      add(scales, scale(i.node, i.at));
    }
    Weighting weighting = weighting(o.get("weighting", true), o.at("weighting"));
    RatingPolicy policy = ratingPolicy(o.get("ratingPolicy", true), o.at("ratingPolicy"));
    SampleRule sampleRule = sampleRule(o.get("sampleRule", true), o.at("sampleRule"));
    List<PublicationRule> conditions = new ArrayList<>();
    for (Item i : o.items("publicationConditions")) {
      add(conditions, publicationRule(i.node, i.at));
    }
    Provenance publication = o.provenance("publicationProvenance", true);
    List<Tool> tools = new ArrayList<>();
    for (Item i : o.items("tools")) {
      add(tools, tool(i.node, i.at));
    }
    List<AnalysisTheme> themes = new ArrayList<>();
    for (Item i : o.items("themes")) {
      add(themes, theme(i.node, i.at));
    }
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
    Label label = o.label("label", true);
    List<ScaleLevel> levels = new ArrayList<>();
    for (Item i : o.items("levels")) {
      add(levels, level(i.node, i.at));
    }
    Provenance provenance = o.provenance("provenance", true);
    return o.ok() ? AnswerScale.builder().id(id).label(label).levels(levels).provenance(provenance).build() : null;
  }

  private ScaleLevel level(JsonNode n, String at) {
    Obj o = object(n, at, "value", "code", "label", "points");
    if (o == null) {
      return null;
    }
    int value = o.whole("value");
    Optional<String> code = o.optText("code");
    Label label = o.label("label", true);
    String points = o.text("points");
    return o.ok() ? ScaleLevel.builder().value(value).code(code).label(label).points(points).build() : null;
  }

  private Weighting weighting(JsonNode n, String at) {
    Obj o = object(n, at, "id", "label", "weights", "provenance");
    if (o == null) {
      return null;
    }
    String id = o.text("id");
    Optional<Label> label = Optional.ofNullable(o.label("label", false));
    List<ToolWeight> weights = new ArrayList<>();
    for (Item i : o.items("weights")) {
      add(weights, toolWeight(i.node, i.at));
    }
    Provenance provenance = o.provenance("provenance", true);
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
    Label label = o.label("label", true);
    BigDecimal target = o.number("target");
    TargetShare share = targetShare(o.get("targetShare", true), o.at("targetShare"));
    List<RatingBand> bands = new ArrayList<>();
    for (Item i : o.items("bands")) {
      add(bands, band(i.node, i.at));
    }
    Provenance provenance = o.provenance("provenance", true);
    return o.ok() ? RatingPolicy.builder().id(id).label(label).target(target).targetShare(share).bands(bands)
        .provenance(provenance).build() : null;
  }

  private TargetShare targetShare(JsonNode n, String at) {
    Obj o = object(n, at, "percent", "provenance");
    if (o == null) {
      return null;
    }
    BigDecimal percent = o.number("percent");
    Provenance provenance = o.provenance("provenance", true);
    return o.ok() ? TargetShare.builder().percent(percent).provenance(provenance).build() : null;
  }

  private RatingBand band(JsonNode n, String at) {
    Obj o = object(n, at, "code", "label", "min", "max", "toolFloor", "meetsTarget", "aliases");
    if (o == null) {
      return null;
    }
    String code = o.text("code");
    Label label = o.label("label", true);
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
    Provenance provenance = o.provenance("provenance", true);
    return o.ok() ? SampleRule.builder().everyoneBelow(everyoneBelow).fraction(fraction).minimum(minimum)
        .fixedAbove(fixedAbove).fixed(fixed).provenance(provenance).build() : null;
  }

  private PublicationRule publicationRule(JsonNode n, String at) {
    Obj o = object(n, at, "code", "label");
    if (o == null) {
      return null;
    }
    PublicationCondition code = o.enumOf(PublicationCondition.class, "code");
    Label label = o.label("label", true);
    return o.ok() ? PublicationRule.builder().code(code).label(label).build() : null;
  }

  private Tool tool(JsonNode n, String at) {
    Obj o = object(n, at, "tool", "label", "parts", "indicators");
    if (o == null) {
      return null;
    }
    ToolKind tool = o.enumOf(ToolKind.class, "tool");
    Label label = o.label("label", true);
    List<Part> parts = new ArrayList<>();
    for (Item i : o.items("parts")) {
      add(parts, enumValue(Part.class, text(i.node, i.at, true), i.at));
    }
    List<Indicator> indicators = new ArrayList<>();
    for (Item i : o.items("indicators")) {
      add(indicators, indicator(i.node, i.at));
    }
    return o.ok() ? Tool.builder().tool(tool).label(label).parts(parts).indicators(indicators).build() : null;
  }

  private Indicator indicator(JsonNode n, String at) {
    Obj o = object(n, at, "number", "name", "aliases", "questions", "groups");
    if (o == null) {
      return null;
    }
    int number = o.whole("number");
    Label name = o.label("name", true);
    List<String> aliases = o.texts("aliases");
    List<Question> questions = new ArrayList<>();
    for (Item i : o.items("questions")) {
      add(questions, question(i.node, i.at));
    }
    List<Group> groups = new ArrayList<>();
    for (Item i : o.items("groups")) {
      add(groups, group(i.node, i.at));
    }
    return o.ok() ? Indicator.builder().number(number).name(name).aliases(aliases).questions(questions)
        .groups(groups).build() : null;
  }

  private Group group(JsonNode n, String at) {
    Obj o = object(n, at, "id", "name", "weight", "items", "provenance");
    if (o == null) {
      return null;
    }
    String id = o.text("id");
    Label name = o.label("name", true);
    Optional<BigDecimal> weight = o.optNumber("weight");
    List<Question> items = new ArrayList<>();
    for (Item i : o.items("items")) {
      add(items, question(i.node, i.at));
    }
    Optional<Provenance> provenance = Optional.ofNullable(o.provenance("provenance", false));
    if (!o.ok()) {
      return null;
    }
    Group.Builder b = Group.builder().id(id).name(name).items(items).provenance(provenance);
    if (weight.isPresent()) {
      b.weight(weight.get());
    }
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
    List<SubItem> subItems = new ArrayList<>();
    for (Item i : o.items("subItems")) {
      add(subItems, subItem(i.node, i.at));
    }
    Optional<EvidenceRule> evidence = Optional.ofNullable(evidence(o.get("evidence", false), o.at("evidence")));
    List<String> aliases = o.texts("aliases");
    Provenance provenance = o.provenance("provenance", true);
    if (!o.ok()) {
      return null;
    }
    Question.Builder b = Question.builder().id(id).text(text).gloss(gloss).kind(kind).scale(scale)
        .subItems(subItems).evidence(evidence).aliases(aliases).provenance(provenance);
    if (weight.isPresent()) {
      b.weight(weight.get());
    }
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
    List<EvidenceElement> elements = new ArrayList<>();
    for (Item i : o.items("elements")) {
      add(elements, element(i.node, i.at));
    }
    EvidencePeriod period = o.enumOf(EvidencePeriod.class, "period");
    Optional<ExclusionRule> exclusion = Optional.ofNullable(exclusion(o.get("exclusion", false), o.at("exclusion")));
    List<String> counterparts = o.texts("counterparts");
    Provenance provenance = o.provenance("provenance", true);
    return o.ok() ? EvidenceRule.builder().elements(elements).period(period).exclusion(exclusion)
        .counterparts(counterparts).provenance(provenance).build() : null;
  }

  private EvidenceElement element(JsonNode n, String at) {
    Obj o = object(n, at, "code", "label");
    if (o == null) {
      return null;
    }
    String code = o.text("code");
    Label label = o.label("label", true);
    return o.ok() ? EvidenceElement.of(code, label) : null;
  }

  private ExclusionRule exclusion(JsonNode n, String at) {
    Obj o = object(n, at, "provenance");
    if (o == null) {
      return null;
    }
    Provenance provenance = o.provenance("provenance", true);
    return o.ok() ? ExclusionRule.of(provenance) : null;
  }

  private AnalysisTheme theme(JsonNode n, String at) {
    Obj o = object(n, at, "number", "name", "questions", "provenance");
    if (o == null) {
      return null;
    }
    int number = o.whole("number");
    Label name = o.label("name", true);
    List<String> questions = o.texts("questions");
    Provenance provenance = o.provenance("provenance", true);
    return o.ok() ? AnalysisTheme.builder().number(number).name(name).questions(questions).provenance(provenance)
        .build() : null;
  }
}
