package io.github.itasdk.rubrics;

import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.input.Respondent;
import io.github.itasdk.core.input.SurveyResponses;
import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** A small random cohort: each agency as an engine input, and the same data as batch CSV files. */
final class Cohort {
  static final List<String> NAMES = List.of("A001", "อบต.ท่ากูบ", "Dept, \"Works\"", "B-17", "กรมโรงงานอุตสาหกรรม",
      "x", "C 3");

  final Rubric rubric;
  final Map<String, AssessmentInput> inputs = new LinkedHashMap<>();
  final List<String> responseRows = new ArrayList<>();
  final List<String> oitRows = new ArrayList<>();
  /** Agencies with at least one row in either file: the others do not exist for the batch scorer. */
  final java.util.Set<String> present = new java.util.HashSet<>();
  private final Random random;
  private final boolean codes;

  Cohort(Rubric rubric, long seed, int agencies, boolean sparse) {
    this.rubric = rubric;
    this.random = new Random(seed);
    this.codes = random.nextBoolean();
    for (int a = 0; a < agencies; a++) {
      String id = NAMES.get(a % NAMES.size()) + (a >= NAMES.size() ? "#" + a : "");
      agency(id, sparse);
    }
  }

  private void agency(String id, boolean sparse) {
    AssessmentInput.Builder b = AssessmentInput.builder().rubric(rubric.id()).agency(Agency.named(id));
    for (Tool t : rubric.tools()) {
      if (t.tool() == ToolKind.OIT) {
        continue;
      }
      List<Part> parts = t.hasParts() ? t.parts() : java.util.Collections.singletonList((Part) null);
      for (Part p : parts) {
        int n = sparse && random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(5);
        List<Respondent> rs = new ArrayList<>();
        for (int r = 0; r < n; r++) {
          Respondent resp = respondent(t, "r" + random.nextInt(1_000_000) + "-" + r);
          rs.add(resp);
          responseRows.add(row(id, ToolPart.of(t.tool(), p), resp));
          present.add(id);
        }
        if (n > 0) {
          b.addSurveys(SurveyResponses.of(ToolPart.of(t.tool(), p), rs));
        }
      }
    }
    boolean hasOit = !sparse || random.nextInt(6) != 0;
    for (var g : rubric.groups()) {
      for (Question item : g.items()) {
        if (!hasOit) {
          continue;
        }
        int kind = random.nextInt(sparse ? 12 : 20);
        OitAssessment a;
        String v;
        // never exclude a group's first item: a group with every item excluded cannot be scored (an input error)
        if (kind == 0 && item != g.items().get(0) && rubric.mayExclude(item.id())) {
          a = OitAssessment.excluded(item.id(), "มติคณะรัฐมนตรี " + random.nextInt(9));
          v = "\"excluded:" + a.excluded().orElseThrow() + "\"";
        } else if (kind < 8) {
          boolean yes = random.nextInt(4) != 0;
          a = OitAssessment.answered(item.id(), yes);
          v = yes ? "yes" : "no";
        } else {
          BigDecimal s = BigDecimal.valueOf(random.nextInt(1001), 1);
          a = OitAssessment.scored(item.id(), s);
          v = s.toPlainString();
        }
        b.addOit(a);
        oitRows.add(quote(id) + "," + item.id() + "," + v);
        present.add(id);
      }
    }
    inputs.put(id, b.build());
  }

  private Respondent respondent(Tool t, String id) {
    Respondent.Builder r = Respondent.builder().id(id);
    for (var ind : t.indicators()) {
      for (Question q : ind.questions()) {
        AnswerScale scale = rubric.findScale(q.scale().orElseThrow()).orElseThrow();
        List<Integer> levels = new ArrayList<>();
        q.subItems().forEach(s -> levels.add(1 + random.nextInt(scale.size())));
        r.putAnswers(q.id(), levels);
      }
    }
    return r.build();
  }

  private String row(String agency, ToolPart tp, Respondent r) {
    BatchScorer scorer = BatchScorer.of(rubric);
    List<String> header = scorer.header();
    StringBuilder sb = new StringBuilder(quote(agency)).append(',').append(tp.tool());
    int fixed = 3;
    if (header.get(2).equals("part")) {
      sb.append(',').append(tp.part() == null ? "" : tp.part().name());
      fixed = 4;
    }
    sb.append(',').append(r.id());
    for (String col : header.subList(fixed, header.size())) {
      sb.append(',');
      int dot = col.indexOf('.');
      String q = dot < 0 ? col : col.substring(0, dot);
      int sub = dot < 0 ? 0 : Integer.parseInt(col.substring(dot + 1)) - 1;
      if (rubric.toolOf(q).orElseThrow() != tp.tool()) {
        continue;
      }
      int level = r.answers().get(q).get(sub);
      AnswerScale scale = rubric.findScale(rubric.question(q).scale().orElseThrow()).orElseThrow();
      if (codes && scale.levels().get(level - 1).code().isPresent() && random.nextBoolean()) {
        sb.append(scale.levels().get(level - 1).code().get());
      } else {
        sb.append(level);
      }
    }
    return sb.toString();
  }

  static String quote(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  byte[] responsesCsv(long shuffleSeed) {
    List<String> rows = new ArrayList<>(responseRows);
    Collections.shuffle(rows, new Random(shuffleSeed));
    return (String.join(",", BatchScorer.of(rubric).header()) + "\n" + String.join("", rows.stream()
        .map(r -> r + "\n").toList())).getBytes(StandardCharsets.UTF_8);
  }

  /** @return the responses file with the rows as generated: agency by agency, as national exports come */
  byte[] responsesCsvInAgencyOrder() {
    return (String.join(",", BatchScorer.of(rubric).header()) + "\n" + String.join("", responseRows.stream()
        .map(r -> r + "\n").toList())).getBytes(StandardCharsets.UTF_8);
  }

  byte[] oitCsv(long shuffleSeed) {
    List<String> rows = new ArrayList<>(oitRows);
    Collections.shuffle(rows, new Random(shuffleSeed));
    return ("agency,item,value\r\n" + String.join("", rows.stream().map(r -> r + "\r\n").toList()))
        .getBytes(StandardCharsets.UTF_8);
  }
}
