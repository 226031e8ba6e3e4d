package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.json.ItaJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Respondents are anonymous by law: what the SDK logs (through {@link CapturedLogs}, this module's test
 * binding) tells phases, counts and timings, never a respondent's id, an answer row or a problem text.
 */
class LoggingPrivacyTest {
  static final Path DIR = Path.of("..", "examples");

  /** The bundled export with every respondent id replaced by a token that cannot occur by chance. */
  final List<String> ids = new ArrayList<>();
  final List<String> rows = new ArrayList<>();

  @BeforeEach
  void readTheExport() throws IOException {
    List<String> lines = Files.readAllLines(DIR.resolve("batch-responses-2566.csv"), StandardCharsets.UTF_8);
    rows.add(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      cells[3] = "anon-" + (7919 * i) + "-qz";
      ids.add(cells[3]);
      rows.add(String.join(",", cells));
    }
    CapturedLogs.clear();
  }

  InputStream csv(List<String> lines) {
    return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  BatchOptions options() {
    return BatchOptions.builder().threads(2).responsesName("export.csv").oitName("oit.csv").build();
  }

  void assertNothingPersonalIn(List<String> log, List<String> alsoAbsent) {
    assertThat(log).isNotEmpty();
    for (String line : log) {
      assertThat(ids).noneMatch(line::contains);
      assertThat(rows.subList(1, rows.size())).noneMatch(line::contains);
      assertThat(alsoAbsent).noneMatch(line::contains);
    }
  }

  @Test
  void aBatchRunLogsItsPhasesWithCountsButNoRespondent() throws IOException {
    List<ScoreCard> cards = new ArrayList<>();
    try (InputStream oit = Files.newInputStream(DIR.resolve("batch-oit-2566.csv"))) {
      BatchScorer.of(Rubrics.forFiscalYear(2566)).score(csv(rows), oit, cards::add, options());
    }
    assertThat(cards).isNotEmpty();
    List<String> log = CapturedLogs.lines();
    assertThat(log).anyMatch(l -> l.startsWith("DEBUG io.github.itasdk.core.batch.BatchScorer Read the responses file: ")
        && l.contains(" " + ids.size() + " rows"));
    assertThat(log).anyMatch(l -> l.contains("Scored and delivered " + cards.size() + " cards"));
    assertNothingPersonalIn(log, List.of());
  }

  @Test
  void aFailedBatchLogsHowManyProblemsButNotTheirTexts() throws IOException {
    List<String> bad = new ArrayList<>(rows);
    bad.set(2, bad.get(2).replace(ids.get(1), ids.get(0)));  // the same respondent twice
    bad.set(3, bad.get(3).replaceFirst(",4,", ",9,"));        // an answer outside the scale
    InvalidInputException e;
    try (InputStream oit = Files.newInputStream(DIR.resolve("batch-oit-2566.csv"))) {
      e = catchThrowableOfType(InvalidInputException.class,
          () -> BatchScorer.of(Rubrics.forFiscalYear(2566)).score(csv(bad), oit, c -> { }, options()));
    }
    List<String> texts = e.problems().stream().map(Problem::message).toList();
    assertThat(texts).anyMatch(t -> t.startsWith("duplicate respondent")).hasSizeGreaterThanOrEqualTo(2);
    List<String> log = CapturedLogs.lines();
    assertThat(log).contains("DEBUG io.github.itasdk.core.batch.BatchScorer Batch stopped: " + texts.size()
        + " problems in the files");
    assertNothingPersonalIn(log, texts);
  }

  @Test
  void scoringAFailedJsonInputLogsNothingAboutItsRespondents() throws IOException {
    String json = Files.readString(DIR.resolve("made-up-municipality-2564.json"))
        .replace("\"i001\"", "\"anon-secret-qz\"").replaceFirst("\"i2\": 4", "\"i2\": 9");
    Rubrics.all();                                  // the rubrics' own load lines are not the point here
    CapturedLogs.clear();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ScoringEngine.of(Rubrics.forFiscalYear(2564)).score(ItaJson.readInput(json)));
    assertThat(e.getMessage()).contains("i2");
    assertThat(CapturedLogs.lines()).noneMatch(l -> l.contains("anon-secret-qz") || l.contains(e.getMessage()));
  }

  @Test
  void loadingARubricLogsItsCounts() {
    CapturedLogs.clear();
    ItaJson.readRubric(new java.io.InputStreamReader(Rubrics.class.getResourceAsStream("ITA-2566.json"),
        StandardCharsets.UTF_8), "ITA-2566.json");
    assertThat(CapturedLogs.lines()).singleElement().asString()
        .startsWith("DEBUG io.github.itasdk.core.json.ItaJson Read rubric [ITA-2566] from ITA-2566.json: 10 indicators, ");
  }
}
