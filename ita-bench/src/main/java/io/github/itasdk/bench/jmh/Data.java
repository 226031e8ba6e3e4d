package io.github.itasdk.bench.jmh;

import io.github.itasdk.bench.Generator;
import io.github.itasdk.core.rubric.Rubric;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Generated data held in memory for the benchmarks. */
final class Data {
  final byte[] responses;
  final byte[] oit;

  Data(Rubric rubric, double scale) throws IOException {
    ByteArrayOutputStream r = new ByteArrayOutputStream();
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    Generator.write(rubric, scale, 2566, r, o);
    responses = r.toByteArray();
    oit = o.toByteArray();
  }

  /** The rows of one agency as an engine input, as the batch scorer would see them. */
  static io.github.itasdk.core.input.AssessmentInput input(Rubric rubric, String agency, byte[] responses, byte[] oit) {
    var b = io.github.itasdk.core.input.AssessmentInput.builder().rubric(rubric.id())
        .agency(io.github.itasdk.core.input.Agency.named(agency));
    String[] lines = new String(responses, java.nio.charset.StandardCharsets.UTF_8).split("\n");
    String[] header = lines[0].split(",", -1);
    int fixed = header[2].equals("part") ? 4 : 3;
    java.util.Map<io.github.itasdk.core.rubric.ToolPart, java.util.List<io.github.itasdk.core.input.Respondent>> surveys =
        new java.util.LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String[] c = lines[i].split(",", -1);
      if (!c[0].equals(agency)) {
        continue;
      }
      var tool = io.github.itasdk.core.rubric.ToolKind.valueOf(c[1]);
      var part = fixed == 4 && !c[2].isEmpty() ? io.github.itasdk.core.rubric.Part.valueOf(c[2]) : null;
      var r = io.github.itasdk.core.input.Respondent.builder().id(c[fixed - 1]);
      java.util.Map<String, java.util.List<Integer>> answers = new java.util.LinkedHashMap<>();
      for (int j = fixed; j < c.length; j++) {
        if (c[j].isEmpty()) {
          continue;
        }
        String q = header[j].contains(".") ? header[j].substring(0, header[j].indexOf('.')) : header[j];
        answers.computeIfAbsent(q, k -> new java.util.ArrayList<>()).add(Integer.parseInt(c[j]));
      }
      surveys.computeIfAbsent(io.github.itasdk.core.rubric.ToolPart.of(tool, part), k -> new java.util.ArrayList<>())
          .add(r.answers(answers).build());
    }
    surveys.forEach((tp, rs) -> b.addSurveys(io.github.itasdk.core.input.SurveyResponses.of(tp, rs)));
    java.util.Map<String, io.github.itasdk.core.input.OitAssessment> items = new java.util.HashMap<>();
    for (String line : new String(oit, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
      String[] c = line.split(",", 3);
      if (!c[0].equals(agency)) {
        continue;
      }
      String v = c[2];
      items.put(c[1], v.equals("yes") || v.equals("no") ? io.github.itasdk.core.input.OitAssessment.answered(c[1], v.equals("yes"))
          : v.startsWith("\"excluded:") ? io.github.itasdk.core.input.OitAssessment.excluded(c[1],
              v.substring(10, v.length() - 1).strip())
          : io.github.itasdk.core.input.OitAssessment.scored(c[1], new java.math.BigDecimal(v)));
    }
    rubric.groups().forEach(g -> g.items().forEach(q -> {
      if (items.containsKey(q.id())) {
        b.addOit(items.get(q.id()));
      }
    }));
    return b.build();
  }

  /** The same rows, every one under agency AG00001: parsing and counting without 8,300 agencies to finish. */
  byte[] oneAgency() {
    byte[] b = responses.clone();
    int i = 0;
    while (b[i] != '\n') {
      i++;
    }
    i++;
    byte[] id = "AG00001".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    while (i < b.length) {
      System.arraycopy(id, 0, b, i, id.length);
      while (b[i] != '\n') {
        i++;
      }
      i++;
    }
    return b;
  }
}
