package io.github.itasdk.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.internal.TreeWalk;
import io.github.itasdk.core.json.ItaJson;
import java.util.List;
import java.util.function.Consumer;

/**
 * Walks a plan document and collects every problem of form with its JSON path, in the wording the input and
 * rubric readers use ({@link TreeWalk}).
 */
final class PlanReader extends TreeWalk {
  static final String INVALID = "Invalid plan";

  private PlanReader() {}

  static PlanDocument read(String json) {
    JsonNode root = json == null || json.isBlank() ? null : ItaJson.readTree(json, INVALID);
    if (root == null || root.isMissingNode()) {
      throw new InvalidInputException(INVALID, List.of(new Problem("$", "empty document")));
    }
    PlanReader r = new PlanReader();
    PlanDocument plan = r.plan(root);
    if (!r.problems.isEmpty()) {
      throw new InvalidInputException(INVALID, r.problems);
    }
    return plan;
  }

  private PlanDocument plan(JsonNode root) {
    if (!object(root, "$")) {
      return null;
    }
    fields(root, "$", "format", "agency", "fiscalYear", "measures", "limitations", "suggestions", "signOff",
        "pastMeasures");
    PlanDocument.Builder b = PlanDocument.builder();
    String format = trimmed(root.get("format"), "$.format", false);
    if (format != null && !format.equals(PlanDocument.FORMAT)) {
      problems.add(new Problem("$.format", "unknown format [" + format + "] (valid: " + PlanDocument.FORMAT + ")"));
    }
    String agency = trimmed(root.get("agency"), "$.agency", false);
    if (agency != null) {
      b.agency(agency);
    }
    JsonNode year = root.get("fiscalYear");
    if (year != null) {
      if (year.isIntegralNumber() && year.asInt() >= 2500 && year.asInt() <= 2700) {
        b.fiscalYear(year.asInt());
      } else {
        problems.add(new Problem("$.fiscalYear", "expected a fiscal year B.E. such as 2568 (valid 2500 - 2700), got "
            + describe(year)));
      }
    }
    each(root.get("measures"), "$.measures", (node, at) -> measure(node, at, b::addMeasures));
    texts(root.get("limitations"), "$.limitations", b::addLimitations);
    texts(root.get("suggestions"), "$.suggestions", b::addSuggestions);
    JsonNode sign = root.get("signOff");
    if (sign != null && object(sign, "$.signOff")) {
      fields(sign, "$.signOff", "name", "position", "date");
      String name = trimmed(sign.get("name"), "$.signOff.name", true);
      String position = trimmed(sign.get("position"), "$.signOff.position", true);
      String date = trimmed(sign.get("date"), "$.signOff.date", false);
      if (name != null && position != null) {
        SignOff.Builder sb = SignOff.builder().name(name).position(position);
        if (date != null) {
          sb.date(date);
        }
        b.signOff(sb.build());
      }
    }
    each(root.get("pastMeasures"), "$.pastMeasures", (node, at) -> past(node, at, b::addPastMeasures));
    return problems.isEmpty() ? b.build() : null;
  }

  private void measure(JsonNode node, String at, Consumer<Measure> add) {
    if (!object(node, at)) {
      return;
    }
    fields(node, at, "title", "kind", "targets", "analysis", "steps", "period", "responsible", "successIndicator",
        "budget", "draft");
    int before = problems.size();
    Measure.Builder b = Measure.builder();
    String title = trimmed(node.get("title"), at + ".title", true);
    b.title(title == null ? "?" : title);
    String kind = trimmed(node.get("kind"), at + ".kind", false);
    if (kind != null) {
      switch (kind) {
        case "measure", "มาตรการ" -> b.kind(Measure.Kind.MEASURE);
        case "project", "โครงการ" -> b.kind(Measure.Kind.PROJECT);
        case "activity", "กิจกรรม" -> b.kind(Measure.Kind.ACTIVITY);
        default -> problems.add(new Problem(at + ".kind", "unknown kind [" + kind
            + "] (valid: measure, project, activity, or มาตรการ, โครงการ, กิจกรรม)"));
      }
    }
    JsonNode targets = node.get("targets");
    if (targets != null) {
      b.targets(targets(targets, at + ".targets"));
    }
    String analysis = trimmed(node.get("analysis"), at + ".analysis", false);
    if (analysis != null) {
      b.analysis(analysis);
    }
    texts(node.get("steps"), at + ".steps", b::addSteps);
    String period = trimmed(node.get("period"), at + ".period", true);
    b.period(period == null ? "?" : period);
    JsonNode resp = node.get("responsible");
    if (resp == null) {
      problems.add(new Problem(at + ".responsible", "missing field"));
    } else if (resp.isTextual()) {
      String r = trimmed(resp, at + ".responsible", true);
      if (r != null) {
        b.addResponsible(r);
      }
    } else {
      int n = problems.size();
      texts(resp, at + ".responsible", b::addResponsible);
      if (problems.size() == n && resp.isEmpty()) {
        problems.add(new Problem(at + ".responsible", "name at least one responsible unit"));
      }
    }
    String success = trimmed(node.get("successIndicator"), at + ".successIndicator", false);
    if (success != null) {
      b.successIndicator(success);
    }
    String budget = trimmed(node.get("budget"), at + ".budget", false);
    if (budget != null) {
      b.budget(budget);
    }
    JsonNode draft = node.get("draft");
    if (draft != null) {
      if (draft.isBoolean()) {
        b.draft(draft.booleanValue());
      } else {
        problems.add(new Problem(at + ".draft", "expected true or false, got " + describe(draft)));
      }
    }
    if (problems.size() == before) {
      add.accept(b.build());
    }
  }

  private Targets targets(JsonNode node, String at) {
    Targets.Builder b = Targets.builder();
    if (!object(node, at)) {
      return b.build();
    }
    fields(node, at, "themes", "indicators", "questions");
    each(node.get("themes"), at + ".themes", (n, a) -> {
      if (n.isIntegralNumber() && n.asInt() >= 1) {
        b.addThemes(n.asInt());
      } else {
        problems.add(new Problem(a, "expected a theme number 1 or more, got " + describe(n)));
      }
    });
    each(node.get("indicators"), at + ".indicators", (n, a) -> {
      if (n.isIntegralNumber() && n.asInt() >= 1 && n.asInt() <= 10) {
        b.addIndicators(n.asInt());
      } else {
        problems.add(new Problem(a, "expected an indicator number (valid 1 - 10), got " + describe(n)));
      }
    });
    each(node.get("questions"), at + ".questions", (n, a) -> {
      String id = trimmed(n, a, true);
      if (id != null) {
        if (id.matches("[ieo][1-9][0-9]*")) {
          b.addQuestions(id);
        } else {
          problems.add(new Problem(a, "expected a question or OIT item id such as i4, e13 or o42, got [" + id + "]"));
        }
      }
    });
    return b.build();
  }

  private void past(JsonNode node, String at, Consumer<PastMeasure> add) {
    if (!object(node, at)) {
      return;
    }
    fields(node, at, "title", "targets", "status", "evidence", "note");
    int before = problems.size();
    PastMeasure.Builder b = PastMeasure.builder();
    String title = trimmed(node.get("title"), at + ".title", true);
    b.title(title == null ? "?" : title);
    JsonNode targets = node.get("targets");
    if (targets != null) {
      b.targets(targets(targets, at + ".targets"));
    }
    String status = trimmed(node.get("status"), at + ".status", true);
    if (status != null) {
      switch (status) {
        case "done" -> b.status(PastMeasure.Status.DONE);
        case "partly" -> b.status(PastMeasure.Status.PARTLY);
        case "not-done" -> b.status(PastMeasure.Status.NOT_DONE);
        case "dropped" -> b.status(PastMeasure.Status.DROPPED);
        default -> problems.add(new Problem(at + ".status", "unknown status [" + status
            + "] (valid: done, partly, not-done, dropped)"));
      }
    }
    String evidence = trimmed(node.get("evidence"), at + ".evidence", false);
    if (evidence != null) {
      if (evidence.matches("https?://\\S+")) {
        b.evidence(evidence);
      } else {
        problems.add(new Problem(at + ".evidence", "expected an http or https URL, got [" + evidence + "]"));
      }
    }
    String note = trimmed(node.get("note"), at + ".note", false);
    if (note != null) {
      b.note(note);
    }
    if (problems.size() == before) {
      add.accept(b.build());
    }
  }

  // ------------------------------------------------------------------ helpers

  private interface At {
    void accept(JsonNode node, String at);
  }

  private void each(JsonNode array, String at, At f) {
    for (Item i : items(array, at)) {
      f.accept(i.node, i.at);
    }
  }

  private void texts(JsonNode array, String at, Consumer<String> add) {
    each(array, at, (n, a) -> {
      String s = trimmed(n, a, true);
      if (s != null) {
        add.accept(s);
      }
    });
  }

  /** {@link #text}, without the spaces around it: an officer's words as they are meant. */
  private String trimmed(JsonNode node, String at, boolean required) {
    String s = text(node, at, required);
    return s == null ? null : s.strip();
  }
}
