package io.github.itasdk.core.batch;

import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wide CSV layout of one rubric: the fixed columns, the answer column of every question and
 * sub-item ({@code i7}, or {@code i1.1}, {@code i1.2} … for a question with several sub-items), and
 * where each chosen level is counted: one {@code int} per survey, question, sub-item and level.
 */
final class WideLayout {
  /** One answer column: a sub-item of a question, counted at {@code offset + level}. */
  record Slot(String column, ToolKind tool, Question question, int subItem, int offset, AnswerScale scale) {}

  final Rubric rubric;
  /** The surveys, in rubric order: IIT, then EIT or its parts. Index = survey number. */
  final List<ToolPart> surveys = new ArrayList<>();
  /** True when the rubric splits a tool into parts: the file then has a {@code part} column. */
  final boolean partColumn;
  final Map<String, Slot> slots = new LinkedHashMap<>();
  final Map<ToolKind, List<Slot>> slotsOf = new EnumMap<>(ToolKind.class);
  final Map<ToolKind, Integer> length = new EnumMap<>(ToolKind.class);
  /** OIT items in rubric order, and each item's index. */
  final List<Question> oitItems = new ArrayList<>();
  final Map<String, Integer> oitIndex = new HashMap<>();

  WideLayout(Rubric rubric) {
    this.rubric = rubric;
    boolean parts = false;
    for (Tool t : rubric.tools()) {
      if (t.tool() == ToolKind.OIT) {
        for (Indicator ind : t.indicators()) { // loops, not lambdas: a batch links none to read its header
          for (io.github.itasdk.core.rubric.Group g : ind.groups()) {
            for (Question q : g.items()) {
              oitIndex.put(q.id(), oitItems.size());
              oitItems.add(q);
            }
          }
        }
        continue;
      }
      if (t.hasParts()) {
        parts = true;
        for (Part p : t.parts()) {
          surveys.add(ToolPart.of(t.tool(), p));
        }
      } else {
        surveys.add(ToolPart.of(t.tool()));
      }
      List<Slot> list = new ArrayList<>();
      int offset = 0;
      for (Indicator ind : t.indicators()) {
        for (Question q : ind.questions()) {
          AnswerScale scale = rubric.scaleOf(q);
          int n = q.subItems().size();
          for (int s = 0; s < n; s++) {
            String column = n == 1 ? q.id() : q.id() + "." + (s + 1);
            Slot slot = new Slot(column, t.tool(), q, s, offset, scale);
            slots.put(column, slot);
            list.add(slot);
            offset += scale.size() + 1;
          }
        }
      }
      slotsOf.put(t.tool(), list);
      length.put(t.tool(), offset);
    }
    this.partColumn = parts;
    surveyLength = new int[surveys.size()];
    surveyStart = new int[surveys.size()];
    int at = 0;
    for (int s = 0; s < surveyLength.length; s++) {
      surveyStart[s] = at;
      surveyLength[s] = length.get(surveys.get(s).tool());
      at += surveyLength[s];
    }
    countersPerAgency = at;
  }

  /** Per survey, its counters; where they start among an agency's; the counters of an agency (every survey). */
  final int[] surveyLength;
  final int[] surveyStart;
  final int countersPerAgency;

  /** @return the fixed leading columns: agency, tool, [part,] respondent */
  List<String> fixedColumns() {
    return partColumn ? List.of("agency", "tool", "part", "respondent") : List.of("agency", "tool", "respondent");
  }

  /** @return the full header for every survey tool, in rubric order */
  List<String> header() {
    List<String> h = new ArrayList<>(fixedColumns());
    h.addAll(slots.keySet());
    return h;
  }

  int survey(ToolKind tool, Part part) {
    return surveys.indexOf(ToolPart.of(tool, part));
  }

  /** @return a hint naming the valid answer columns of the rubric */
  String columnsHint() {
    StringBuilder sb = new StringBuilder();
    slotsOf.forEach((tool, list) -> {
      if (sb.length() > 0) {
        sb.append("; ");
      }
      sb.append(tool).append(' ').append(list.get(0).column()).append(" - ").append(list.get(list.size() - 1).column());
    });
    return sb + "; a question with several sub-items has one column per sub-item: i1.1, i1.2, …";
  }
}
