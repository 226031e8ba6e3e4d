package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.rubric.Rubric;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.Group;

/** Every CSV problem names file, line and column (the 1-based cell), and no card is ever delivered with one. */
class BatchCsvProblemsTest {
  static final Rubric R = Rubrics.forFiscalYear(2566);
  static final List<String> HEADER = BatchScorer.of(R).header();
  static final String HEAD = String.join(",", HEADER) + "\n";

  /** A valid row: every answer of the tool at level 1, other tools' cells empty; {@code set} overrides cells. */
  static String row(String agency, String tool, String part, String respondent, Map<String, String> set) {
    List<String> cells = new ArrayList<>(List.of(agency, tool, part, respondent));
    for (String col : HEADER.subList(4, HEADER.size())) {
      boolean mine = col.startsWith(tool.equals("IIT") ? "i" : "e");
      cells.add(set.getOrDefault(col, mine ? "1" : ""));
    }
    return String.join(",", cells) + "\n";
  }

  static String row(String agency, String tool, String part, String respondent) {
    return row(agency, tool, part, respondent, Map.of());
  }

  /** Rows for one complete agency, every survey answered. */
  static String agency(String id) {
    return row(id, "IIT", "", "r1") + row(id, "EIT", "PUBLIC", "p1") + row(id, "EIT", "SURVEY", "s1");
  }

  static String oit(String id) {
    StringBuilder sb = new StringBuilder();
    R.groups().forEach(g -> g.items().forEach(q -> sb.append(id).append(',').append(q.id()).append(",yes\n")));
    return sb.toString();
  }

  static final String OIT_HEAD = "agency,item,value\n";

  static List<Problem> problems(byte[] responses, byte[] oit, int threads) {
    List<ScoreCard> delivered = new ArrayList<>();
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> BatchScorer.of(R).score(
        new ByteArrayInputStream(responses), oit == null ? null : new ByteArrayInputStream(oit), delivered::add,
        BatchOptions.builder().threads(threads).blockSize(64).build()));
    assertThat(e).as("an InvalidInputException").isNotNull();
    assertThat(delivered).as("cards delivered despite the problem").isEmpty();
    return e.problems();
  }

  static List<Problem> problems(String responses, String oit) {
    List<Problem> one = problems(utf8(responses), oit == null ? null : utf8(oit), 1);
    assertThat(problems(utf8(responses), oit == null ? null : utf8(oit), 3)).isEqualTo(one);
    return one;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Problem p(String location, String message) {
    return new Problem(location, message);
  }

  static Map<String, String> cell(String col, String value) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(col, value);
    return m;
  }

  @Group
  class Header {
    @Example
    void anUnknownColumnIsNamedAtItsCell() {
      String head = HEAD.replace(",i7,", ",i77,");
      assertThat(problems(head + agency("A1"), OIT_HEAD + oit("A1"))).containsExactly(
          p("responses.csv:1:11", "unknown column [i77]: not a question of ITA-2566 (IIT i1 - i30; EIT e1 - e15; "
              + "a question with several sub-items has one column per sub-item: i1.1, i1.2, …)"),
          p("responses.csv:1:50", "missing columns for IIT questions: [i7] (a file that answers a tool has a column "
              + "for each of its questions and sub-items)"));
    }

    @Example
    void aSubItemColumnOnAQuestionWithoutSubItemsSaysHowToNameIt() {
      assertThat(problems(HEAD.replace(",i7,", ",i7.1,"), null).get(0)).isEqualTo(
          p("responses.csv:1:11", "unknown column [i7.1]: question i7 has one sub-item: name the column i7"));
    }

    @Example
    void anOitItemColumnPointsToTheOitFile() {
      assertThat(problems(HEAD.replace("\n", ",o1\n"), null).get(0)).isEqualTo(
          p("responses.csv:1:50", "unknown column [o1]: o1 is an OIT item; OIT assessments go in the OIT file"));
    }

    @Example
    void aMissingPartColumnIsNamed() {
      assertThat(problems(HEAD.replace("tool,part,", "tool,"), null)).containsExactly(
          p("responses.csv:1:3", "expected column [part] here, found [respondent]: the header starts "
              + "agency,tool,part,respondent for ITA-2566"));
    }

    @Example
    void aDuplicateColumnIsNamed() {
      assertThat(problems(HEAD.replace(",i8,", ",i7,"), null).get(0))
          .isEqualTo(p("responses.csv:1:12", "duplicate column [i7]"));
    }

    @Example
    void anEmptyFileIsAnError() {
      assertThat(problems("", null)).containsExactly(p("responses.csv:1:1",
          "empty file: expected the header agency,tool,part,respondent,<answer columns> and a line break"));
    }
  }

  @Group
  class Rows {
    @Example
    void aLevelOutsideTheScale() {
      String csv = HEAD + agency("A1") + row("A1", "IIT", "", "r2", cell("i2", "7"));
      assertThat(problems(csv, OIT_HEAD + oit("A1"))).containsExactly(
          p("responses.csv:5:6", "answer for i2 out of range (valid levels 1 - 4): 7"));
    }

    @Example
    void aYesNoQuestionOutsideItsScaleNamesTheCodes() {
      String yesNo = R.tool(io.github.itasdk.core.rubric.ToolKind.IIT).indicators().stream()
          .flatMap(i -> i.questions().stream()).filter(q -> q.scale().orElseThrow().equals("YES_NO"))
          .findFirst().orElseThrow().id();
      int col = HEADER.indexOf(yesNo) + 1;
      String csv = HEAD + row("A1", "IIT", "", "r1", cell(yesNo, "3"));
      assertThat(problems(csv, null)).containsExactly(
          p("responses.csv:2:" + col, "answer for " + yesNo + " out of range (valid levels 1 - 2, or no/yes): 3"));
    }

    @Example
    void aNonNumericCell() {
      String csv = HEAD + row("A1", "IIT", "", "r1", cell("i1", "4.0")) + row("A1", "IIT", "", "r2", cell("i3", "x"));
      assertThat(problems(csv, null)).containsExactly(
          p("responses.csv:2:5", "answer for i1 is not a level (valid levels 1 - 4): [4.0]"),
          p("responses.csv:3:7", "answer for i3 is not a level (valid levels 1 - 4): [x]"));
    }

    /** The parser reads four one-digit cells, or eight empty ones, at a time: a bad cell anywhere is still found. */
    @Example
    void aBadCellIsFoundAtItsColumnWhereverItFallsInTheCellsReadAtOnce() {
      for (int j = 4; j < HEADER.size(); j++) {
        String col = HEADER.get(j);
        boolean iit = col.startsWith("i");
        for (String bad : List.of("9", "0", "", "x", "11")) {
          String csv = HEAD + row("A1", iit ? "IIT" : "EIT", iit ? "" : "SURVEY", "r1", cell(col, bad));
          assertThat(problems(csv, null)).as(col + " = [" + bad + "]").singleElement()
              .extracting(Problem::location).isEqualTo("responses.csv:2:" + (j + 1));
        }
        String csv = HEAD + row("A1", iit ? "EIT" : "IIT", iit ? "SURVEY" : "", "r1", cell(col, "1"));
        assertThat(problems(csv, null)).as(col + " answered in the other tool's row").singleElement()
            .extracting(Problem::location).isEqualTo("responses.csv:2:" + (j + 1));
      }
    }

    /** Agency ids are compared eight bytes at a time: ids sharing their first bytes stay apart. */
    @Example
    void agenciesWhoseIdsShareTheirFirstBytesAreCountedApart() {
      List<String> ids = List.of("A", "AB", "ABCDEFGH", "ABCDEFGG", "ABCDEFGHI", "ABCDEFGHJ", "B");
      StringBuilder mixed = new StringBuilder(HEAD);
      StringBuilder oit = new StringBuilder(OIT_HEAD);
      for (int r = 0; r < 3; r++) {
        for (int k = 0; k < ids.size(); k++) {
          String id = ids.get(k);
          if (k <= r + 4) { // unequal numbers of respondents, rows of different agencies interleaved
            mixed.append(row(id, "IIT", "", "r" + r, cell("i1", String.valueOf(1 + (r + k) % 4))))
                .append(row(id, "EIT", "PUBLIC", "p" + r)).append(row(id, "EIT", "SURVEY", "s" + r));
          }
        }
      }
      ids.forEach(id -> oit.append(oit(id)));
      for (int blockSize : List.of(64, 1 << 16)) {
        Map<String, ScoreCard> cards = new LinkedHashMap<>();
        BatchScorer.of(R).score(new ByteArrayInputStream(utf8(mixed.toString())), new ByteArrayInputStream(utf8(
            oit.toString())), c -> cards.put(c.agency().orElseThrow(), c), BatchOptions.builder().threads(1).blockSize(blockSize).build());
        assertThat(cards).hasSize(ids.size());
        for (String id : ids) {
          String alone = mixed.toString().lines().skip(1).filter(l -> l.startsWith(id + ","))
              .reduce(HEAD, (a, l) -> a + l + "\n");
          List<ScoreCard> one = new ArrayList<>();
          BatchScorer.of(R).score(new ByteArrayInputStream(utf8(alone)), new ByteArrayInputStream(utf8(OIT_HEAD + oit(id))),
              one::add);
          assertThat(cards.get(id)).as(id).isEqualTo(one.get(0));
        }
      }
    }

    @Example
    void quotedCellsAndCrLfLineBreaksCountAsPlainOnes() {
      String plain = HEAD + agency("A1") + agency("B2");
      String odd = plain.replace(",1,", ",\"1\",").replace("\n", "\r\n");
      String oit = OIT_HEAD + oit("A1") + oit("B2");
      List<ScoreCard> a = new ArrayList<>();
      List<ScoreCard> b = new ArrayList<>();
      BatchScorer.of(R).score(new ByteArrayInputStream(utf8(plain)), new ByteArrayInputStream(utf8(oit)), a::add);
      BatchScorer.of(R).score(new ByteArrayInputStream(utf8(odd)), new ByteArrayInputStream(utf8(oit)), b::add);
      assertThat(odd).contains("\"1\"");
      assertThat(b).hasSize(2).isEqualTo(a);
    }

    @Example
    void aMissingAnswer() {
      String csv = HEAD + row("A1", "EIT", "SURVEY", "s1", cell("e15", ""));
      assertThat(problems(csv, null)).containsExactly(
          p("responses.csv:2:49", "missing answer for e15 (every question of the row's tool needs an answer)"));
    }

    @Example
    void anAnswerInAnotherToolsColumn() {
      String csv = HEAD + row("A1", "IIT", "", "r1", cell("e1", "4"));
      assertThat(problems(csv, null)).containsExactly(
          p("responses.csv:2:35", "a IIT row leaves the EIT column e1 empty; found [4]"));
    }

    @Example
    void aDuplicateRespondentNamesBothLines() {
      String csv = HEAD + agency("A1") + row("B2", "IIT", "", "r1") + row("A1", "EIT", "PUBLIC", "p1");
      assertThat(problems(csv, OIT_HEAD + oit("A1") + oit("B2"))).containsExactly(
          p("responses.csv:6:4", "duplicate respondent: agency [A1] EIT/PUBLIC already has this respondent id at line 3"));
    }

    @Example
    void aRespondentSeenThreeTimesNamesTheFirstLineTwiceWhicheverThreadsReadThem() {
      // blocks of 64 bytes: each row is a block of its own, read by any of the threads
      String csv = HEAD + agency("A1") + row("A1", "IIT", "", "r1") + row("B2", "IIT", "", "r1")
          + row("A1", "IIT", "", "r1");
      assertThat(problems(csv, OIT_HEAD + oit("A1") + oit("B2"))).containsExactly(
          p("responses.csv:5:4", "duplicate respondent: agency [A1] IIT already has this respondent id at line 2"),
          p("responses.csv:7:4", "duplicate respondent: agency [A1] IIT already has this respondent id at line 2"));
    }

    @Example
    void aRepeatFoundWhileThePoolAlreadyScoresTheFirstAgenciesIsReported() {
      // 500 agencies: the pool starts on the first hundreds while the threads' counts are still being merged;
      // the repeat of an agency among them, in another block, is found in that merge and reported in full
      StringBuilder csv = new StringBuilder(HEAD);
      StringBuilder oit = new StringBuilder(OIT_HEAD);
      for (int i = 0; i < 500; i++) {
        String id = String.format("A%04d", i);
        csv.append(agency(id));
        oit.append(oit(id));
      }
      csv.append(row("A0100", "IIT", "", "r1"));
      assertThat(problems(csv.toString(), oit.toString())).containsExactly(
          p("responses.csv:1502:4", "duplicate respondent: agency [A0100] IIT already has this respondent id at line 302"));
    }

    @Example
    void theSameRespondentIdInAnotherSurveyOrAgencyIsFine() {
      String csv = HEAD + row("A1", "IIT", "", "x") + row("A1", "EIT", "PUBLIC", "x") + row("A1", "EIT", "SURVEY", "x")
          + row("B2", "IIT", "", "x") + row("B2", "EIT", "PUBLIC", "x") + row("B2", "EIT", "SURVEY", "x");
      List<ScoreCard> cards = new ArrayList<>();
      BatchScorer.of(R).score(new ByteArrayInputStream(utf8(csv)), new ByteArrayInputStream(utf8(OIT_HEAD + oit("A1")
          + oit("B2"))), cards::add);
      assertThat(cards).hasSize(2);
    }

    @Example
    void anUnknownToolOrPart() {
      String csv = HEAD + row("A1", "OIT", "", "r1") + row("A1", "EIT", "PART3", "r2") + row("A1", "EIT", "", "r3")
          + row("A1", "IIT", "PUBLIC", "r4");
      assertThat(problems(csv, null)).containsExactly(
          p("responses.csv:2:2", "unknown tool [OIT] (valid: IIT, EIT; OIT assessments go in the OIT file)"),
          p("responses.csv:3:3", "unknown EIT part [PART3] (valid: PUBLIC, SURVEY)"),
          p("responses.csv:4:3", "missing EIT part (valid: PUBLIC, SURVEY)"),
          p("responses.csv:5:3", "IIT has no parts: leave the part cell empty, found [PUBLIC]"));
    }

    @Example
    void aRowWithFewerOrMoreCells() {
      String full = row("A1", "IIT", "", "r1");
      String shortRow = full.substring(0, full.lastIndexOf(",1,")) + "\n";
      String longRow = full.replace("\n", ",9\n");
      assertThat(problems(HEAD + shortRow + longRow + "\n", null)).containsExactly(
          p("responses.csv:2:34", "the row ends after 33 cells, the header has 49: the row is cut short"),
          p("responses.csv:3:50", "more cells than the header's 49"),
          p("responses.csv:4:1", "empty line"));
    }

    @Example
    void quotedCellsAreUnquotedAndBrokenQuotesAreErrors() {
      String ok = HEAD + agency("\"Dept, \"\"Works\"\"\"");
      List<ScoreCard> cards = new ArrayList<>();
      BatchScorer.of(R).score(new ByteArrayInputStream(utf8(ok)), new ByteArrayInputStream(utf8(OIT_HEAD
          + oit("\"Dept, \"\"Works\"\"\""))), cards::add);
      assertThat(cards.get(0).agency()).hasValue("Dept, \"Works\"");

      String bad = HEAD + row("A\"1", "IIT", "", "r1") + row("\"A1", "IIT", "", "r2");
      assertThat(problems(bad, null)).containsExactly(
          p("responses.csv:2:1", "a quote inside an unquoted cell (quote the whole cell and double the quote)"),
          p("responses.csv:3:1", "unterminated quoted cell (a cell may not contain a line break)"));
    }
  }

  @Group
  class TruncatedOrWronglyEncoded {
    @Example
    void aLastLineWithoutLineBreakIsATruncatedFile() {
      String csv = HEAD + agency("A1");
      String cut = csv.substring(0, csv.length() - 30);
      List<Problem> ps = problems(cut, OIT_HEAD + oit("A1"));
      assertThat(ps).hasSize(1);
      assertThat(ps.get(0).location()).isEqualTo("responses.csv:4:35");
      assertThat(ps.get(0).message()).isEqualTo("the file ends inside a line (no line break after the last row): it "
          + "looks truncated; every row, the last one too, must end with a line break");
    }

    @Example
    void aFileCutInsideItsHeaderIsTruncatedToo() {
      assertThat(problems("agency,tool,pa", null)).extracting(Problem::location).containsExactly("responses.csv:1:3");
    }

    @Example
    void thaiTextInTis620IsNotUtf8() throws Exception {
      // "อบต." in TIS-620, as an old Thai export would write it
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.write(utf8(HEAD));
      bytes.write(new byte[] {(byte) 0xCD, (byte) 0xBA, (byte) 0xB5, '.'});
      bytes.write(utf8(row("", "IIT", "", "r1")));
      List<Problem> ps = problems(bytes.toByteArray(), null, 1);
      assertThat(ps).containsExactly(p("responses.csv:2:1", "not valid UTF-8: bytes [CD BA B5 2E]; save the file as UTF-8"));
      assertThat(problems(bytes.toByteArray(), null, 2)).isEqualTo(ps);
    }

    @Example
    void aByteOrderMarkAndCrLfLineBreaksAreAccepted() {
      String csv = "\uFEFF" + (HEAD + agency("A1")).replace("\n", "\r\n");
      List<ScoreCard> cards = new ArrayList<>();
      BatchScorer.of(R).score(new ByteArrayInputStream(utf8(csv)), new ByteArrayInputStream(utf8(OIT_HEAD + oit("A1"))),
          cards::add);
      assertThat(cards).hasSize(1);
    }
  }

  @Group
  class Oit {
    @Example
    void everyBadOitRowIsNamed() {
      String bad = OIT_HEAD + "A1,o99,yes\n" + "A1,i1,yes\n" + "A1,o1,maybe\n" + "A1,o2,101\n" + "A1,o3,excluded: \n"
          + "A1,o4,yes\n" + "A1,o4,no\n" + "A1,o5\n";
      assertThat(problems(HEAD + agency("A1"), bad)).containsExactly(
          p("oit.csv:2:2", "unknown OIT item [o99] in ITA-2566 (o1 - o43)"),
          p("oit.csv:3:2", "unknown OIT item [i1]: i1 is a survey question; survey answers go in the responses file"),
          p("oit.csv:4:3", "OIT value of o1 is not a score 0 - 100, yes, no or excluded:<reason>: [maybe]"),
          p("oit.csv:5:3", "score of o2 out of range (valid 0 - 100): 101"),
          p("oit.csv:6:3", "excluded item o3 needs the reason: excluded:<the order that prevented the activity>"),
          p("oit.csv:8:2", "duplicate OIT row for agency [A1] item [o4] (first at line 7)"),
          p("oit.csv:9:3", "the row ends after 2 of 3 cells: the row is cut short"));
    }

    @Example
    void anExclusionOfAnItemTheRubricDoesNotLetBeExcluded() {
      assertThat(problems(HEAD + agency("A1"), OIT_HEAD + "A1,o1,excluded:x\n")).containsExactly(
          p("oit.csv:2:3", "o1 may not be excluded: only items whose contents are activities an order can prevent may be "
              + "(in ITA-2566: [o24, o30, o32, o35, o40, o43])"));
    }

    @Example
    void aWrongOitHeader() {
      assertThat(problems(HEAD + agency("A1"), "agency,item,score\n")).containsExactly(
          p("oit.csv:1:3", "expected column [value] here, found [score]: the OIT header is agency,item,value"));
    }

    @Example
    void aTruncatedOitFile() {
      assertThat(problems(HEAD + agency("A1"), OIT_HEAD + "A1,o1,ye")).containsExactly(
          p("oit.csv:2:3", "the file ends inside a line (no line break after the last row): it looks truncated; every "
              + "row, the last one too, must end with a line break"));
    }
  }

  /**
   * The cap on problems: the first ones in the order responses file, then OIT file, by line and cell, whatever
   * the threads, the blocks and which file a thread happened to read first (the OIT file is read beside the
   * responses).
   */
  @Group
  class Cap {
    static final int MAX = 10;

    /** {@code bad} IIT rows with a level out of range in i2 (cell 6), from line 2. */
    String badResponses(int bad) {
      StringBuilder sb = new StringBuilder(HEAD);
      for (int i = 0; i < bad; i++) {
        sb.append(row("A1", "IIT", "", "r" + i, cell("i2", "7")));
      }
      return sb.append(agency("A1")).toString();
    }

    /** {@code bad} rows with an unknown item (cell 2), from line 2. */
    String badOit(int bad) {
      StringBuilder sb = new StringBuilder(OIT_HEAD);
      for (int i = 0; i < bad; i++) {
        sb.append("A1,o99,yes\n");
      }
      return sb.append(oit("A1")).toString();
    }

    List<Problem> capped(String responses, String oit, int threads, int blockSize) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> BatchScorer.of(R).score(
          new ByteArrayInputStream(utf8(responses)), new ByteArrayInputStream(utf8(oit)), c -> { },
          BatchOptions.builder().threads(threads).blockSize(blockSize).maxProblems(MAX).build()));
      assertThat(e).as("an InvalidInputException").isNotNull();
      return e.problems();
    }

    /** The same problems on 1 - 3 threads, blocks of a row or of many, ten runs each. */
    List<Problem> everyWay(String responses, String oit) {
      List<Problem> one = capped(responses, oit, 1, 1 << 20);
      for (int run = 0; run < 10; run++) {
        for (int threads = 1; threads <= 3; threads++) {
          for (int block : new int[] {64, 300, 4096}) {
            assertThat(capped(responses, oit, threads, block)).as("%d threads, blocks of %d", threads, block)
                .isEqualTo(one);
          }
        }
      }
      return one;
    }

    static Problem range(int line) {
      return p("responses.csv:" + line + ":6", "answer for i2 out of range (valid levels 1 - 4): 7");
    }

    static Problem unknown(int line) {
      return p("oit.csv:" + line + ":2", "unknown OIT item [o99] in ITA-2566 (o1 - o43)");
    }

    static Problem stopped(String at) {
      return p(at, "stopped reading after " + MAX + " problems; fix these and run again");
    }

    /** The problems of the first {@code responses} bad rows of the responses file, then of {@code oit} of the OIT file. */
    static List<Problem> first(int responses, int oit) {
      List<Problem> expected = new ArrayList<>();
      for (int line = 2; line < 2 + responses; line++) {
        expected.add(range(line));
      }
      for (int line = 2; line < 2 + oit; line++) {
        expected.add(unknown(line));
      }
      return expected;
    }

    @Example
    void bothFilesOverTheCapReportTheResponsesFilesFirstProblems() {
      List<Problem> expected = first(MAX, 0);
      expected.add(stopped("responses.csv:11:6"));
      assertThat(everyWay(badResponses(25), badOit(25))).containsExactlyElementsOf(expected);
    }

    @Example
    void theOitFileFillsWhatTheResponsesFileLeaves() {
      List<Problem> expected = first(4, MAX - 4);
      expected.add(stopped("oit.csv:7:2"));
      assertThat(everyWay(badResponses(4), badOit(25))).containsExactlyElementsOf(expected);
    }

    @Example
    void underTheCapEveryProblemOfBothFiles() {
      assertThat(everyWay(badResponses(3), badOit(6))).containsExactlyElementsOf(first(3, 6));
    }
  }

  @Group
  class Agencies {
    @Example
    void anAgencyWithoutOitRowsFailsTheRunNamingIt() {
      List<Problem> ps = problems(HEAD + agency("A1") + agency("B2"), OIT_HEAD + oit("A1"));
      assertThat(ps).hasSize(1);
      assertThat(ps.get(0).location()).isEqualTo("agency [B2]");
      assertThat(ps.get(0).message()).startsWith("no data to score OIT: indicator 9 [o1, o2");
    }

    @Example
    void aPublishedOitScoreStandsInForMissingOitRows() {
      List<ScoreCard> cards = new ArrayList<>();
      BatchScorer.of(R).score(new ByteArrayInputStream(utf8(HEAD + agency("B2"))), null, cards::add,
          BatchOptions.builder().agencyInput(id -> io.github.itasdk.core.input.AssessmentInput.builder()
              .rubric(R.id()).agency(io.github.itasdk.core.input.Agency.named(id))
              .addPublished(io.github.itasdk.core.input.PublishedFigure.of(
                  io.github.itasdk.core.card.FigureLevel.TOOL, "OIT", new java.math.BigDecimal("87.50")))
              .build()).build());
      assertThat(cards).hasSize(1);
      assertThat(cards.get(0).tool(io.github.itasdk.core.rubric.ToolKind.OIT)).hasValue(new java.math.BigDecimal("87.50"));
    }

    @Example
    void agenciesOfEitherFileComeInIdOrderWhateverTheFilesOrderAndThreads() {
      // C3 and A1 complete, B2 without OIT rows, D4 with OIT rows only; each file out of id order
      String responses = HEAD + agency("C3") + agency("A1") + row("B2", "IIT", "", "r1");
      String oit = OIT_HEAD + oit("D4") + oit("A1") + oit("C3");
      for (int threads = 1; threads <= 3; threads++) {
        List<ScoreCard> cards = new ArrayList<>();
        var s = BatchScorer.of(R).score(new ByteArrayInputStream(utf8(responses)), new ByteArrayInputStream(utf8(oit)),
            cards::add, BatchOptions.builder().threads(threads).blockSize(64).skipUnscorable(true).build());
        assertThat(cards).as("%d threads", threads).extracting(c -> c.agency().orElseThrow()).containsExactly("A1", "C3");
        assertThat(s.unscored()).as("%d threads", threads).containsOnlyKeys("B2", "D4");
        assertThat(s.agencies()).isEqualTo(4);
      }
    }

    @Example
    void skipUnscorableListsTheAgencyAndScoresTheRest() {
      List<ScoreCard> cards = new ArrayList<>();
      var s = BatchScorer.of(R).score(new ByteArrayInputStream(utf8(HEAD + agency("A1") + row("B2", "IIT", "", "r1"))),
          new ByteArrayInputStream(utf8(OIT_HEAD + oit("A1") + oit("B2"))), cards::add,
          BatchOptions.builder().skipUnscorable(true).build());
      assertThat(cards).extracting(c -> c.agency().orElseThrow()).containsExactly("A1");
      assertThat(s.unscored()).containsOnlyKeys("B2");
      assertThat(s.unscored().get("B2").get(0).message()).startsWith("no data to score EIT: indicator 6 [e1");
    }
  }
}
