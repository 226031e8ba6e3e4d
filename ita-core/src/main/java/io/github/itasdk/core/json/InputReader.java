package io.github.itasdk.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.OitEvidence;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.internal.TreeWalk;
import io.github.itasdk.core.oit.WebAddress;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.PublicationCondition;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.ScaleLevel;
import io.github.itasdk.core.rubric.ToolKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks an input document and collects every problem of form with its JSON path, instead of stopping
 * at the first as data binding would. Yes/no answers may be written {@code true}/{@code false} or
 * {@code "yes"}/{@code "no"}: they are levels 2 and 1 of a yes/no scale.
 */
final class InputReader extends TreeWalk {
  private static final int MIN_YEAR_CE = 1900;
  private static final int MIN_YEAR_BE = 2500;
  private static final int MAX_YEAR_BE = 2700;
  private final Function<String, Optional<Rubric>> rubrics;
  private Rubric rubric;

  private InputReader(Function<String, Optional<Rubric>> rubrics) {
    this.rubrics = rubrics;
  }

  static AssessmentInput read(JsonNode root, Function<String, Optional<Rubric>> rubrics) {
    InputReader r = new InputReader(rubrics);
    AssessmentInput in = r.input(root);
    r.pointsInsteadOfLevels();
    if (!r.problems.isEmpty()) {
      throw new InvalidInputException(r.problems.done());
    }
    return in;
  }

  private AssessmentInput input(JsonNode root) {
    if (!object(root, "$")) {
      return null;
    }
    fields(root, "$", "rubric", "agency", "conditions", "surveys", "oit", "published", "publishedRating",
        "scoreEitFromOnePart");
    AssessmentInput.Builder b = AssessmentInput.builder();
    String rubricId = text(root.get("rubric"), "$.rubric", true);
    b.rubric(rubricId == null ? "?" : rubricId);
    if (rubricId != null) {
      rubric = rubrics.apply(rubricId).orElse(null);
    }
    JsonNode agency = root.get("agency");
    if (agency != null && object(agency, "$.agency")) {
      fields(agency, "$.agency", "name", "type", "staff", "externalStakeholders", "website");
      Agency.Builder ab = Agency.builder();
      String name = text(agency.get("name"), "$.agency.name", true);
      ab.name(name == null ? "?" : name);
      String type = text(agency.get("type"), "$.agency.type", false);
      if (type != null) {
        ab.type(type);
      }
      Integer staff = count(agency.get("staff"), "$.agency.staff");
      if (staff != null) {
        ab.staff(staff);
      }
      Integer ext = count(agency.get("externalStakeholders"), "$.agency.externalStakeholders");
      if (ext != null) {
        ab.externalStakeholders(ext);
      }
      String website = text(agency.get("website"), "$.agency.website", false);
      if (website != null) {
        if (WebAddress.of(website).isWeb()) {
          ab.website(website.strip());
        } else {
          problems.add(new Problem("$.agency.website", "expected the main website as an http or https URL such as "
              + "https://www.example.go.th, got " + describe(agency.get("website"))));
        }
      }
      b.agency(ab.build());
    }
    JsonNode conditions = root.get("conditions");
    if (conditions != null && object(conditions, "$.conditions")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = conditions.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = "$.conditions." + e.getKey();
        PublicationCondition c = enumValue(PublicationCondition.class, e.getKey(), at);
        if (!e.getValue().isBoolean()) {
          problems.add(new Problem(at, "expected true or false, got " + describe(e.getValue())));
        } else if (c != null) {
          b.putConditions(c, e.getValue().booleanValue());
        }
      }
    }
    for (Item i : items(root.get("surveys"), "$.surveys")) {
      survey(i.node, i.at, b);
    }
    for (Item i : items(root.get("oit"), "$.oit")) {
      oit(i.node, i.at, b);
    }
    for (Item i : items(root.get("published"), "$.published")) {
      published(i.node, i.at, b);
    }
    String rating = text(root.get("publishedRating"), "$.publishedRating", false);
    if (rating != null) {
      b.publishedRating(rating);
    }
    JsonNode one = root.get("scoreEitFromOnePart");
    if (one != null) {
      if (one.isBoolean()) {
        b.scoreEitFromOnePart(one.booleanValue());
      } else {
        problems.add(new Problem("$.scoreEitFromOnePart", "expected true or false, got " + describe(one)));
      }
    }
    return problems.isEmpty() ? b.build() : null;
  }

  private void survey(JsonNode node, String at, AssessmentInput.Builder b) {
    if (!object(node, at)) {
      return;
    }
    fields(node, at, "tool", "part", "respondents");
    SurveyResponses.Builder sb = SurveyResponses.builder();
    ToolKind tool = enumValue(ToolKind.class, text(node.get("tool"), at + ".tool", true), at + ".tool");
    String partText = text(node.get("part"), at + ".part", false);
    Part part = partText == null ? null : enumValue(Part.class, partText, at + ".part");
    if (tool != null) {
      sb.tool(tool);
    }
    if (part != null) {
      sb.part(part);
    }
    JsonNode respondents = node.get("respondents");
    if (respondents == null) {
      problems.add(new Problem(at + ".respondents", "missing field"));
    }
    for (Item i : items(respondents, at + ".respondents")) {
      Respondent resp = respondent(i.node, i.at);
      if (resp != null) {
        sb.addRespondents(resp);
      }
    }
    if (tool != null) {
      b.addSurveys(sb.build());
    }
  }

  private Respondent respondent(JsonNode node, String at) {
    if (!object(node, at)) {
      return null;
    }
    fields(node, at, "id", "answers");
    JsonNode idNode = node.get("id");
    String id = idNode != null && idNode.isIntegralNumber() ? idNode.asText() : text(idNode, at + ".id", true);
    JsonNode answers = node.get("answers");
    if (answers == null) {
      problems.add(new Problem(at + ".answers", "missing field"));
      return null;
    }
    if (!object(answers, at + ".answers")) {
      return null;
    }
    Respondent.Builder rb = Respondent.builder().id(id == null ? "?" : id);
    for (Iterator<Map.Entry<String, JsonNode>> it = answers.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      String qat = at + ".answers." + e.getKey();
      JsonNode v = e.getValue();
      List<Integer> levels = new ArrayList<>();
      if (v.isArray()) {
        for (int k = 0; k < v.size(); k++) {
          levels.add(level(v.get(k), qat + "[" + k + "]", e.getKey()));
        }
      } else {
        levels.add(level(v, qat, e.getKey()));
      }
      rb.putAnswers(e.getKey(), levels);
    }
    return rb.build();
  }

  /**
   * An answer: a level, or for a yes/no question true/false, "yes"/"no" or "มี"/"ไม่มี" — resolved to a level
   * through the question's own scale (its level coded yes or no), never by position.
   */
  /** At least this many answers that look like points make one problem instead of one per answer. */
  static final int POINTS_PATTERN = 3;
  /** Answers that look like points (0, 33.33, 66.67, 100 …) rather than levels, and where the first is. */
  private int pointLike;
  private String firstPointLike;
  /** The per-answer problems those answers made, dropped when the pattern is reported once. */
  private final List<Problem> pointProblems = new ArrayList<>();

  /**
   * An answer of 0, 10 or more, or a fraction, within 0 - 100 is no level of any scale (levels run 1 - k,
   * k at most a handful) but looks like the points an option scores.
   */
  private static boolean looksLikePoints(JsonNode v) {
    if (!v.isNumber()) {
      return false;
    }
    BigDecimal d = v.decimalValue();
    return d.signum() >= 0 && d.compareTo(BigDecimal.valueOf(100)) <= 0
        && (d.signum() == 0 || d.compareTo(BigDecimal.TEN) >= 0 || d.stripTrailingZeros().scale() > 0);
  }

  /** Many answers given as points: one problem saying so, instead of one per answer. */
  private void pointsInsteadOfLevels() {
    if (pointLike < POINTS_PATTERN) {
      return;
    }
    problems.removeAll(pointProblems);
    problems.add(new Problem("$.surveys", pointLike + " answers look like points (0, 33.33, 66.67, 100 …), not levels:"
        + " give each answer as the level of the option chosen, 1 - k (1 = the first option as worded; 1 - 4 on a"
        + " four-level question, yes/no or 1 - 2 on a yes/no question); the first is " + firstPointLike));
  }

  private Integer level(JsonNode v, String at, String questionId) {
    if (looksLikePoints(v)) {
      if (pointLike++ == 0) {
        firstPointLike = at + " = " + v.asText();
      }
    }
    if (v.isIntegralNumber() && v.canConvertToInt()) {
      return v.intValue();
    }
    String code = null;
    if (v.isBoolean()) {
      code = v.booleanValue() ? "yes" : "no";
    } else if (v.isTextual()) {
      String t = v.textValue().strip().toLowerCase(Locale.ROOT);
      code = t.equals("มี") ? "yes" : t.equals("ไม่มี") ? "no" : t.equals("yes") || t.equals("no") ? t : null;
    }
    if (code == null) {
      Problem p = new Problem(at, "expected an answer level (an integer such as 1 - 4) or yes/no, got " + describe(v));
      problems.add(p);
      if (looksLikePoints(v)) {
        pointProblems.add(p);
      }
      return 0;
    }
    if (rubric == null) {
      problems.add(new Problem(at, "a yes/no answer needs the rubric to find its level: read the input with "
          + "ItaJson.readInput(reader, rubrics) (Ita.score and the ita command do), or give the level"));
      return 0;
    }
    Optional<Question> q = rubric.findQuestion(questionId);
    if (q.isEmpty() || q.get().scale().isEmpty()) {
      return 0; // an unknown id: reported with the rubric's checks
    }
    AnswerScale scale = rubric.findScale(q.get().scale().get()).orElseThrow();
    Optional<ScaleLevel> level = scale.levelForCode(code);
    if (level.isEmpty()) {
      problems.add(new Problem(at, "answer [" + code + "] is not an option of " + questionId + " (valid levels 1 - "
          + scale.size() + ")"));
      return 0;
    }
    return level.get().value();
  }

  private void oit(JsonNode node, String at, AssessmentInput.Builder b) {
    if (!object(node, at)) {
      return;
    }
    fields(node, at, "item", "score", "answer", "excluded", "evidence");
    OitAssessment.Builder ob = OitAssessment.builder();
    String item = text(node.get("item"), at + ".item", true);
    ob.item(item == null ? "?" : item);
    BigDecimal score = score(node.get("score"), at + ".score", false);
    if (score != null) {
      ob.score(score);
    }
    JsonNode answer = node.get("answer");
    if (answer != null) {
      if (answer.isBoolean()) {
        ob.answer(answer.booleanValue());
      } else {
        problems.add(new Problem(at + ".answer", "expected true or false, got " + describe(answer)));
      }
    }
    String excluded = text(node.get("excluded"), at + ".excluded", false);
    if (excluded != null) {
      ob.excluded(excluded);
    }
    JsonNode evidence = node.get("evidence");
    if (evidence != null && object(evidence, at + ".evidence")) {
      ob.evidence(evidence(evidence, at + ".evidence"));
    }
    b.addOit(ob.build());
  }

  /** An OIT item's evidence: URLs as entered (the self-check judges them), explanation, B.E. years, element codes. */
  private OitEvidence evidence(JsonNode node, String at) {
    fields(node, at, "urls", "explanation", "year", "untilYear", "elements");
    OitEvidence.Builder eb = OitEvidence.builder();
    for (Item i : items(node.get("urls"), at + ".urls")) {
      String url = text(i.node, i.at, true);
      if (url != null) {
        eb.addUrls(url.strip());
      }
    }
    String explanation = text(node.get("explanation"), at + ".explanation", false);
    if (explanation != null) {
      eb.explanation(explanation);
    }
    Integer year = year(node.get("year"), at + ".year");
    Integer until = year(node.get("untilYear"), at + ".untilYear");
    if (year != null) {
      eb.year(year);
    }
    if (until != null) {
      if (year == null) {
        problems.add(new Problem(at + ".untilYear", "untilYear needs year, the first year the plan covers"));
      } else if (until < year) {
        problems.add(new Problem(at + ".untilYear", "untilYear " + until + " is before year " + year));
      } else {
        eb.untilYear(until);
      }
    }
    for (Item i : items(node.get("elements"), at + ".elements")) {
      String code = text(i.node, i.at, true);
      if (code != null) {
        eb.addElements(code.strip());
      }
    }
    return eb.build();
  }

  /** A fiscal year in the Buddhist era; a Christian-era year gets a hint. */
  private Integer year(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      problems.add(new Problem(at, "expected a fiscal year B.E. such as 2566, got " + describe(node)));
      return null;
    }
    int y = node.intValue();
    if (y >= MIN_YEAR_CE && y < MIN_YEAR_BE) {
      problems.add(new Problem(at, "expected a fiscal year B.E. such as 2566, got " + y + " (a year C.E.? add 543: "
          + (y + 543) + ")"));
      return null;
    }
    if (y < MIN_YEAR_BE || y > MAX_YEAR_BE) {
      problems.add(new Problem(at, "fiscal year out of range (valid " + MIN_YEAR_BE + " - " + MAX_YEAR_BE + "): " + y));
      return null;
    }
    return y;
  }

  private void published(JsonNode node, String at, AssessmentInput.Builder b) {
    if (!object(node, at)) {
      return;
    }
    fields(node, at, "level", "id", "part", "score");
    FigureLevel level = enumValue(FigureLevel.class, text(node.get("level"), at + ".level", true), at + ".level");
    JsonNode idNode = node.get("id");
    String id = idNode != null && idNode.isIntegralNumber() ? idNode.asText() : text(idNode, at + ".id", true);
    String partText = text(node.get("part"), at + ".part", false);
    Part part = partText == null ? null : enumValue(Part.class, partText, at + ".part");
    BigDecimal score = score(node.get("score"), at + ".score", true);
    if (level != null && id != null && score != null) {
      PublishedFigure.Builder pb = PublishedFigure.builder().level(level).id(id).score(score);
      if (part != null) {
        pb.part(part);
      }
      b.addPublished(pb.build());
    }
  }

  // ------------------------------------------------------------------ helpers

  private Integer count(JsonNode node, String at) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < 0) {
      problems.add(new Problem(at, "expected a whole number 0 or more, got " + describe(node)));
      return null;
    }
    return node.intValue();
  }

  private BigDecimal score(JsonNode node, String at, boolean required) {
    if (node == null || node.isNull()) {
      if (required) {
        problems.add(new Problem(at, "missing field"));
      }
      return null;
    }
    if (!node.isNumber()) {
      problems.add(new Problem(at, "expected a score 0 - 100 as a JSON number, got " + describe(node)));
      return null;
    }
    BigDecimal v = node.decimalValue();
    Optional<String> wrong = Scores.scoreProblem(v);
    if (wrong.isPresent()) {
      problems.add(new Problem(at, "score " + wrong.get()));
      return null;
    }
    return v;
  }
}
