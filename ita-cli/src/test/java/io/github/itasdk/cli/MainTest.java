package io.github.itasdk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.core.json.ItaJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The ita command as a user runs it (in-process, from the repository root). */
class MainTest {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  record Run(int status, String out, String err) {}

  static Run itaWithInput(String stdin, String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))).run(argv);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Run ita(String... argv) {
    return itaWithInput("", argv);
  }

  static String example(String name) {
    return ROOT.resolve("examples").resolve(name).toString();
  }

  @Test
  void scoresAnExampleAsATable() {
    Run r = ita("score", example("thakub-sao-2566.json"), "--rerate", "2564");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Total 96.15   Rating ผ่าน (Pass)  [meets the target]", "under ITA-2564/grades: AA  [meets the target]",
        "8 การปรับปรุงการทำงาน (Improvement of work)", "83.18  ไม่ผ่านเกณฑ์");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void scoresSeveralFilesAsJson() throws IOException {
    Run r = ita("score", example("thakub-sao-2566.json"), example("dept-industrial-works-2566.json"), "--format", "json");
    assertThat(r.status()).isZero();
    var cards = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(cards.size()).isEqualTo(2);
    assertThat(ItaJson.readScoreCard(cards.get(1).toString()).total()).isEqualByComparingTo("98.90");
  }

  @Test
  void readsStandardInput() throws IOException {
    Run r = itaWithInput(Files.readString(Path.of(example("made-up-sao-2568.json"))), "score", "-", "--format", "json");
    assertThat(r.status()).isZero();
    assertThat(ItaJson.readScoreCard(r.out()).rubric()).isEqualTo("ITA-2568");
  }

  @Test
  void invalidInputGoesToStderrWithEveryProblemAndExit1() {
    Run r = itaWithInput("{\"rubric\":\"ITA-2566\",\"published\":[{\"level\":\"INDICATOR\",\"id\":\"11\",\"score\":101}]}", "score", "-");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("ita score: Invalid assessment input (1 problem):",
        "stdin: $.published[0].score: score out of range (valid 0 - 100): 101");
  }

  @Test
  void aMissingFileIsExit3AndAnUnknownCommandExit2() {
    assertThat(ita("score", "no-such.json")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(3);
      assertThat(r.err()).isEqualTo("ita score: no such file: no-such.json\n");
    });
    assertThat(ita("frobnicate").status()).isEqualTo(2);
    assertThat(ita("score").err()).contains("give at least one input file");
    assertThat(ita().status()).isEqualTo(2);
  }

  @Test
  void scoreWithBootstrapIntervals() throws IOException {
    Run r = ita("score", example("made-up-municipality-2564.json"), "--ci", "--resamples", "500", "--seed", "3");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Uncertainty (95% bootstrap interval, 500 resamples, seed 3)", "P(total ≥ target) = ");
    Run json = ita("score", example("made-up-municipality-2564.json"), "--ci", "--resamples", "500", "--format", "json");
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(tree.get("uncertainty").get("available").asBoolean()).isTrue();
    assertThat(ItaJson.readScoreCard(tree.get("card").toString()).rubric()).isEqualTo("ITA-2564");
    assertThat(ita("score", example("thakub-sao-2566.json"), "--ci").out())
        .contains("Uncertainty: no interval: the input has no raw survey answers");
    assertThat(ita("score", example("thakub-sao-2566.json"), "--ci", "--level", "1.5").err())
        .contains("Invalid level (valid values strictly between 0 and 1): 1.5");
  }

  @Test
  void reportsInEveryFormat() throws IOException {
    Run md = ita("report", example("thakub-sao-2566.json"));
    assertThat(md.status()).isZero();
    assertThat(md.out()).contains("องค์การบริหารส่วนตำบลท่ากูบ", "| 8 | การปรับปรุงการทำงาน | EIT | 83.18 |",
        "  - e13 หน่วยงานมีระบบการให้บริการออนไลน์หรือไม่ — 68.42", "| 8 | 83.18 | +1.68 |")
        .doesNotContain("(Improvement of work)");
    assertThat(ita("report", example("thakub-sao-2566.json"), "--lang", "th+en").out())
        .contains("| 8 | การปรับปรุงการทำงาน (Improvement of work) | EIT | 83.18 |");
    Path html = Files.createTempFile("report", ".html");
    Run h = ita("report", example("dept-industrial-works-2566.json"), "--format", "html", "-o", html.toString());
    assertThat(h.status()).isZero();
    assertThat(h.err()).contains("ita: wrote ");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg", "กรมโรงงานอุตสาหกรรม");
    Run json = ita("report", example("made-up-sao-2568.json"), "--format", "json");
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()).has("plan")).isTrue();
    assertThat(ita("report", example("thakub-sao-2566.json"), "--format", "xls").err()).contains("unknown format [xls]");
    Run ci = ita("report", example("made-up-municipality-2564.json"), "--ci", "--resamples", "500", "--seed", "7",
        "--lang", "th+en");
    assertThat(ci.status()).isZero();
    assertThat(ci.out()).contains("(Uncertainty of the scores)", "500");
  }

  @Test
  void draftsAPlanAndReportsWithItAndLastYearsResult() throws IOException {
    Path plan = Files.createTempFile("plan", ".json");
    Run d = ita("plan", "draft", example("thakub-sao-2566.json"), "-o", plan.toString());
    assertThat(d.status()).as(d.err()).isZero();
    assertThat(Files.readString(plan)).contains("\"format\" : \"ita-plan/1\"", "\"e13\"", "\"draft\" : true",
        "[ระบุหน่วยงานผู้รับผิดชอบ]");
    Run r = ita("report", example("thakub-sao-2566.json"), "--plan", plan.toString(), "--previous",
        example("thakub-sao-2566.json"), "--previous-plan", example("plans/thakub-sao-2566.json"));
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).contains("[ร่าง] มาตรการ:", "## รายงานผลการดำเนินการตามมาตรการของปีที่ผ่านมา",
        "ยังไม่ได้รายงานผล", "## ผู้รับรองรายงาน");
    Run en = ita("report", example("dept-industrial-works-2566.json"), "--threshold", "95", "--lang", "en",
        "--plan", example("plans/dept-industrial-works-2566.json"));
    assertThat(en.out()).contains("| Total | **98.90** |", "6 มี.ค. – 30 เม.ย. 67");
  }

  @Test
  void badPlansAndPlanOptionsAreRejected() throws IOException {
    Path bad = Files.createTempFile("plan", ".json");
    Files.writeString(bad, "{\"measures\": [{\"title\": \"t\", \"period\": \"p\"}]}");
    Run r = ita("report", example("thakub-sao-2566.json"), "--plan", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains(bad + ": invalid plan (1 problem):", "$.measures[0].responsible: missing field");
    assertThat(ita("report", example("thakub-sao-2566.json"), "--lang", "fr").err())
        .contains("--lang: unknown language [fr] (valid: th, en, th+en)");
    assertThat(ita("report", example("thakub-sao-2566.json"), "--previous-plan", bad.toString()).err())
        .contains("--previous-plan needs --previous (last year's input)");
    assertThat(ita("plan", "write", example("thakub-sao-2566.json")).err()).contains("give: plan draft FILE");
    // the input contract holds for plan files too: TIS-620 text, a directory, a byte order mark
    Path tis620 = Files.createTempFile("plan", ".json");
    Files.write(tis620, "{\"limitations\": [\"งบประมาณ\"]}".getBytes(java.nio.charset.Charset.forName("TIS-620")));
    Run thai = ita("report", example("thakub-sao-2566.json"), "--plan", tis620.toString());
    assertThat(thai.status()).isEqualTo(1);
    assertThat(thai.err()).contains(tis620 + ": invalid plan (1 problem):\n  - $: not UTF-8 text: save the file as "
        + "UTF-8 (a file saved as TIS-620 or Windows-874 must be converted)");
    Run dir = ita("report", example("thakub-sao-2566.json"), "--plan", bad.getParent().toString());
    assertThat(dir.status()).isEqualTo(3);
    assertThat(dir.err()).contains("is a directory: give the path of an input file");
    Path bom = Files.createTempFile("plan", ".json");
    Files.write(bom, ("\uFEFF{\"limitations\": [\"งบประมาณ\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ita("report", example("thakub-sao-2566.json"), "--plan", bom.toString()).status()).isZero();
  }

  @Test
  void comparesTwoYearsAndSummarisesACohort() {
    Run c = ita("compare", example("made-up-municipality-2564.json"), example("made-up-municipality-2566.json"));
    assertThat(c.status()).isZero();
    assertThat(c.out()).startsWith("# การเปรียบเทียบผลการประเมิน ITA\n")
        .contains("|  | คะแนนรวม | 83.85 | 93.44 | +9.59 |").doesNotContain("(total)", "first");
    Run cohort = ita("cohort", example("cohort-2566.csv"), "--target", "100");
    assertThat(cohort.status()).isZero();
    assertThat(cohort.out()).startsWith("# สถิติกลุ่มหน่วยงาน\n").contains("3 (60.00 %)", "— ไม่บรรลุ\n")
        .doesNotContain("not met", "median", "FY2566");
    // without --target: FY2566's national target share (100 %) from the rubric, the same report
    assertThat(ita("cohort", example("cohort-2566.csv")).out()).isEqualTo(cohort.out());
    assertThat(ita("cohort", example("cohort-2566.csv"), "--target", "50").out()).doesNotContain("ไม่บรรลุ");
  }

  @Test
  void compareAndCohortTakeTheLanguage() {
    String[] compare = {"compare", example("made-up-municipality-2564.json"), example("made-up-municipality-2566.json")};
    assertThat(ita(compare).out()).isEqualTo(ita(append(compare, "--lang", "th")).out());
    assertThat(ita(append(compare, "--lang", "en")).out()).startsWith("# ITA comparison\n")
        .contains("| total | total | 83.85 | 93.44 | +9.59 |");
    assertThat(ita(append(compare, "--lang", "th+en")).out()).startsWith("# การเปรียบเทียบผลการประเมิน ITA (ITA comparison)\n")
        .contains("| total | คะแนนรวม (total) | 83.85 | 93.44 | +9.59 |");
    String[] cohort = {"cohort", example("cohort-2566.csv")};
    assertThat(ita(cohort).out()).isEqualTo(ita(append(cohort, "--lang", "TH")).out());
    assertThat(ita(append(cohort, "--lang", "en")).out()).startsWith("# Cohort statistics\n")
        .contains("3 (60.00 %)", "— not met\n", "| Indicator | Name | n | mean | median | min | max |");
    assertThat(ita(append(cohort, "--lang", "th+en")).out()).startsWith("# สถิติกลุ่มหน่วยงาน (Cohort statistics)\n")
        .contains("ไม่บรรลุ (not met)");
    // json is the model: no language
    assertThat(ita(append(cohort, "--format", "json", "--lang", "en")).out())
        .isEqualTo(ita(append(cohort, "--format", "json")).out());
    for (String[] argv : List.of(append(compare, "--lang", "fr"), append(cohort, "--lang", "fr"),
        new String[] {"batch", example("batch-responses-2566.csv"), "--rubric", "2566", "--summary", "--lang", "fr"})) {
      Run r = ita(argv);
      assertThat(r.status()).as(String.join(" ", argv)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", argv))
          .startsWith("ita " + argv[0] + ": --lang: unknown language [fr] (valid: th, en, th+en)\n");
    }
  }

  static String[] append(String[] a, String... more) {
    String[] all = java.util.Arrays.copyOf(a, a.length + more.length);
    System.arraycopy(more, 0, all, a.length, more.length);
    return all;
  }

  @Test
  void badArgumentsAreUsageErrorsWithoutAStackTrace() {
    for (String[] argv : List.of(new String[] {"score", example("thakub-sao-2566.json"), "--formt", "json"},
        new String[] {"score", example("thakub-sao-2566.json"), "--bogus"},
        new String[] {"report", example("thakub-sao-2566.json"), "--threshold", "abc"},
        new String[] {"report", example("thakub-sao-2566.json"), "--threshold", "101"},
        new String[] {"cohort", example("cohort-2566.csv"), "--target", "150"},
        new String[] {"score", example("thakub-sao-2566.json"), "--rerate", "2565"},
        new String[] {"score", example("thakub-sao-2566.json"), "--ci", "--resamples", "3"},
        new String[] {"sample-size", "-5"},
        new String[] {"batch", example("batch-responses-2566.csv"), "--rubric", "2566", "--threads", "0"})) {
      Run r = ita(argv);
      assertThat(r.status()).as(String.join(" ", argv)).isEqualTo(2);
      assertThat(r.err()).as(String.join(" ", argv)).startsWith("ita " + argv[0] + ": ").doesNotContain("\tat ", "Exception");
    }
    assertThat(ita("score", example("thakub-sao-2566.json"), "--formt", "json").err())
        .contains("unknown option(s) [--formt] (known: [--format, --rerate, --ci, --level, --resamples, --seed])");
  }

  @Test
  void errorsNameTheFileAndRerateReachesTheJson() throws IOException {
    Run r = itaWithInput("{\"rubric\":\"ITA-2565\"}", "compare", example("thakub-sao-2566.json"), "-");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("stdin: $.rubric: no rubric [ITA-2565]; shipped: ");
    Run malformed = itaWithInput("{\"rubric\":", "score", "-");
    assertThat(malformed.err()).contains("stdin: $.rubric: malformed JSON").doesNotContain("Source:", "REDACTED");
    Run json = ita("score", example("thakub-sao-2566.json"), "--format", "json", "--rerate", "2564");
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out());
    assertThat(tree.get("ratedUnder").get(0).get("rating").get("code").asText()).isEqualTo("AA");
    assertThat(tree.get("card").get("rating").get("code").asText()).isEqualTo("PASS");
  }

  @Test
  void batchScoresAnExportToJsonLinesWithASummary() throws IOException {
    Path cards = Files.createTempFile("cards", ".jsonl");
    Run r = ita("batch", example("batch-responses-2566.csv"), example("batch-oit-2566.csv"), "--rubric", "2566",
        "-o", cards.toString(), "--summary");
    assertThat(r.status()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(cards);
    assertThat(lines).hasSize(3);
    assertThat(ItaJson.readScoreCard(lines.get(0)).rubric()).isEqualTo("ITA-2566");
    assertThat(r.out()).startsWith("# สถิติกลุ่มหน่วยงาน\n").contains("- จำนวนหน่วยงาน: 3 (ปีงบประมาณ พ.ศ. 2566)\n");
    Run en = ita("batch", example("batch-responses-2566.csv"), example("batch-oit-2566.csv"), "--rubric", "2566",
        "--summary", "--lang", "en");
    assertThat(en.status()).as(en.err()).isZero();
    assertThat(en.out()).startsWith("# Cohort statistics\n").contains("- agency-years: 3 (FY2566)\n");
    assertThat(r.err()).contains("ita batch: 3 agencies scored from", "agencies scored");
    Run bad = ita("batch", example("batch-responses-2566.csv"), "--rubric", "2564");
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).contains("batch-responses-2566.csv:1:");
    assertThat(ita("batch", example("batch-responses-2566.csv")).err()).contains("--rubric YEAR is required");
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : List.of("score", "report", "plan", "compare", "cohort", "batch", "rubrics", "rubric", "sample-size",
        "jshell")) {
      Run r = ita(c, "--help");
      assertThat(r.status()).as(c).isZero();
      assertThat(r.out()).as(c).startsWith(c);
    }
    assertThat(ita("--help").out()).contains("Commands:", "score FILE...", "sample-size N");
  }

  @Test
  void rubricsAndOneRubric() {
    assertThat(ita("rubrics").out()).contains("ITA-2564", "ITA-2566", "ITA-2568", "weights inferred");
    Run r = ita("rubric", "2566");
    assertThat(r.out()).contains("EIT", "e4 YES_NO (wording not in sources)", "[PROVISIONAL]", "Theme 7");
    assertThat(ita("rubric", "2565").err()).contains("No rubric for fiscal year 2565; shipped: 2564, 2566, 2568");
    assertThat(ItaJson.read(ita("rubric", "2021", "--format", "json").out(), io.github.itasdk.core.rubric.Rubric.class).id())
        .isEqualTo("ITA-2564");
  }

  @Test
  void sampleSize() {
    assertThat(ita("sample-size", "1234").out()).startsWith("124 ").contains("under ITA-2568"); // the latest year
    assertThat(ita("sample-size", "29").out()).startsWith("29 ");
    assertThat(ita("sample-size", "4001", "--rubric", "2564").out()).startsWith("400 ");
    assertThat(ita("sample-size", "many").err()).contains("N must be a whole number, got [many]");
  }

  static String stderrOf(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile("ita", ".err");
    Process p = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectError(err.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    return Files.readString(err);
  }

  /** Quiet by default; --verbose logs the SDK's DEBUG lines through slf4j-simple on stderr. */
  @Test
  void logsOnlyWhenVerbose() throws Exception {
    assertThat(stderrOf("rubrics")).isEmpty();
    assertThat(stderrOf("--verbose", "rubrics")).contains("[DEBUG] ItaJson - Read rubric [ITA-2564] from ITA-2564.json: ");
  }

  static Stream<Path> scripts() throws IOException {
    return Files.list(ROOT.resolve("examples")).filter(p -> p.toString().endsWith(".jsh")).sorted();
  }

  /** Every examples/*.jsh script runs unattended, as ./ita jshell runs it, without an error. */
  @ParameterizedTest
  @MethodSource("scripts")
  void jshellScriptsRun(Path script) throws Exception {
    Path log = Files.createTempFile("jshell", ".log");
    Process p = new ProcessBuilder(Main.jshellCommand(List.of(script.toString()))).directory(ROOT.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = Files.readString(log);
    assertThat(p.exitValue()).as(output).isZero();
    // jshell reports a failing snippet as "|  Exception …" or "|  Error:" and still exits 0
    assertThat(output).as(script.toString()).doesNotContain("|  Exception", "|  Error", "Exception in thread");
    assertThat(output).isNotBlank();
  }
}
