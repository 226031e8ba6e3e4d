package io.github.itasdk.cli;

import static io.github.itasdk.cli.MainTest.example;
import static io.github.itasdk.cli.MainTest.ita;
import static io.github.itasdk.cli.MainTest.itaWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.itasdk.cli.MainTest.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ita command's contract (issue 12): exit codes exactly as the README's table (0 done, 1 invalid
 * input, 2 usage, 3 file or stream not readable or writable, 4 internal error), nothing partial on
 * stdout, no output file unless complete.
 */
class ExitCodesTest {
  @TempDir
  Path dir;

  static String head(String csv) throws IOException {
    return Files.readString(Path.of(csv)).lines().findFirst().orElseThrow() + "\n";
  }

  @Nested
  class Usage {
    @Test
    void anUnshippedYearIsABadValue() {
      Run r = ita("rubric", "2565");
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).startsWith("ita rubric: YEAR: No rubric for fiscal year 2565; shipped: 2564, 2566, 2568 (B.E.); "
          + io.github.itasdk.rubrics.Rubrics.HOW_TO_LOAD + "\n");
      assertThat(ita("sample-size", "100", "--rubric", "2565").status()).isEqualTo(2);
      assertThat(ita("score", example("thakub-sao-2566.json"), "--rerate", "2565").status()).isEqualTo(2);
    }

    @Test
    void aTargetOutOfRangeIsABadValueFoundBeforeAnyScoring() {
      // the responses file does not exist: a check after reading would say exit 3
      Run r = ita("batch", "no-such.csv", "--rubric", "2566", "--summary", "--target", "500");
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).startsWith("ita batch: --target out of range (valid 0 - 100): 500\n");
    }

    @Test
    void numericOptionsFollowTheNumberRule() {
      Run r = ita("report", example("thakub-sao-2566.json"), "--threshold", "1e-999999");
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).startsWith("ita report: --threshold has more than 18 decimal places (at most 18 digits after "
          + "the decimal point): 1E-999999\n");
      assertThat(ita("report", example("thakub-sao-2566.json"), "--threshold", "8".repeat(70)).err())
          .startsWith("ita report: --threshold must be a number 0 - 100, got [" + "8".repeat(40) + "…]\n");
      Run nan = ita("score", example("made-up-municipality-2564.json"), "--ci", "--level", "NaN");
      assertThat(nan.status()).isEqualTo(2);
      assertThat(nan.err()).startsWith("ita score: --level must be a number, got [NaN]\n");
    }
  }

  @Nested
  class InvalidInput {
    @Test
    void severalFilesPrintNothingWhenOneFails() {
      Path bad = dir.resolve("bad.json");
      Run r;
      try {
        Files.writeString(bad, "{\"rubric\":\"ITA-2566\",\"published\":[{\"level\":\"TOTAL\",\"id\":\"total\",\"score\":101}]}");
        r = ita("score", example("thakub-sao-2566.json"), bad.toString(), "--format", "json");
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).isEqualTo("ita score: Invalid assessment input (1 problem):\n  - " + bad
          + ": $.published[0].score: score out of range (valid 0 - 100): 101\n");
      assertThat(ita("score", example("thakub-sao-2566.json"), bad.toString()).out()).isEmpty();
    }

    @Test
    void jsonNestedTooDeepIsSaidInOurWords() {
      Run r = itaWithInput("{\"rubric\":" + "[".repeat(50) + "]".repeat(50) + "}", "score", "-");
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("ita score: Invalid assessment input (1 problem):\n  - stdin: $.rubric" + "[0]".repeat(32)
          + ": nested deeper than 32 levels (an input is at most 32 levels deep) (line 1, column 43)\n");
    }

    @Test
    void aTis620FileIsToldToSaveItAsUtf8() throws IOException {
      Path tis = dir.resolve("tis.json");
      Files.write(tis, Files.readString(Path.of(example("thakub-sao-2566.json"))).getBytes(Charset.forName("TIS-620")));
      Run r = ita("score", tis.toString());
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("ita score: Invalid assessment input (1 problem):\n  - " + tis + ": $: not UTF-8 "
          + "text: bytes [A4 EC A1] at line 3, column 24; save the file as UTF-8 (a file saved as TIS-620 or "
          + "Windows-874 must be converted)\n");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
      Path bom = dir.resolve("bom.json");
      Files.writeString(bom, "\uFEFF" + Files.readString(Path.of(example("thakub-sao-2566.json"))));
      assertThat(ita("score", bom.toString()).status()).isZero();
    }

    @Test
    void anUnknownRubricIsAProblemAtItsPath() {
      Run r = itaWithInput("{\"rubric\":\"ITA-2565\"}", "score", "-");
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("ita score: Invalid assessment input (1 problem):\n"
          + "  - stdin: $.rubric: no rubric [ITA-2565]; shipped: ITA-2564, ITA-2566, ITA-2568; " + io.github.itasdk.rubrics.Rubrics.HOW_TO_LOAD
          + "\n");
    }
  }

  @Nested
  class Files3 {
    @Test
    void anOutputInAMissingDirectoryIsExit3() {
      Run r = ita("report", example("thakub-sao-2566.json"), "-o", "/missing/dir/x.md");
      assertThat(r.status()).isEqualTo(3);
      assertThat(r.err()).isEqualTo("ita report: /missing/dir/x.md: the directory /missing/dir does not exist\n");
    }

    @Test
    void aDirectoryGivenAsInputIsSaidPlainly() {
      Run r = ita("report", example(""));
      assertThat(r.status()).isEqualTo(3);
      assertThat(r.err()).isEqualTo("ita report: " + example("") + " is a directory: give the path of an input file\n");
      assertThat(ita("batch", example(""), "--rubric", "2566").status()).isEqualTo(3);
      assertThat(ita("cohort", example("")).status()).isEqualTo(3);
    }

    @Test
    void aClosedStandardOutputIsExit3() {
      OutputStream closed = new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          throw new IOException("Broken pipe");
        }
      };
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int status = new Main(new PrintStream(closed, true, StandardCharsets.UTF_8), new PrintStream(err, true,
          StandardCharsets.UTF_8), new ByteArrayInputStream(new byte[0])).run("rubrics");
      assertThat(status).isEqualTo(3);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo("ita rubrics: could not write to standard output (closed or full)\n");
    }
  }

  static Run withStdin(java.io.InputStream stdin, String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
        StandardCharsets.UTF_8), stdin).run(argv);
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Nested
  class StreamsAndBugs {
    @Test
    void aFailingStandardInputIsExit3() {
      Run r = withStdin(new java.io.InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("Input/output error");
        }
      }, "score", "-");
      assertThat(r.status()).isEqualTo(3);
      assertThat(r.err()).isEqualTo("ita score: Could not read the input document: Input/output error\n");
    }

    @Test
    void anUnexpectedExceptionIsExit4WithoutAStackTrace() {
      Run r = withStdin(new java.io.InputStream() {
        @Override
        public int read() {
          throw new IllegalStateException("boom");
        }
      }, "score", "-");
      assertThat(r.status()).isEqualTo(4);
      assertThat(r.err()).isEqualTo("ita score: internal error (IllegalStateException: boom); please report it with "
          + "the command line\n");
    }

    @Test
    void aNumberJacksonCannotReadIsInvalidInputAtItsPath() {
      Run r = itaWithInput("{\"rubric\":\"ITA-2566\",\"published\":[{\"level\":\"TOTAL\",\"id\":\"total\","
          + "\"score\":1e-2147483648}]}", "score", "-");
      assertThat(r.status()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("ita score: Invalid assessment input (1 problem):\n  - stdin: $.published[0].score: "
          + "a number too large or too small to read: 1e-2147483648; a score is a decimal 0 - 100 with at most 18 "
          + "decimal places (line 1, column 86)\n");
    }
  }

  @Nested
  class OutputFiles {
    @Test
    void aFailedBatchLeavesNoFileBehind() throws IOException {
      Path responses = dir.resolve("responses.csv");
      Files.writeString(responses, head(example("batch-responses-2566.csv")) + "A1,XIT,,r1\n");
      Path cards = dir.resolve("cards.jsonl");
      Run r = ita("batch", responses.toString(), "--rubric", "2566", "-o", cards.toString());
      assertThat(r.status()).isEqualTo(1);
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files.map(p -> p.getFileName().toString())).containsExactly("responses.csv");
      }
    }

    @Test
    void aFailedRunKeepsTheOldFileAndASuccessfulOneReplacesIt() throws IOException {
      Path md = dir.resolve("report.md");
      Files.writeString(md, "old");
      assertThat(ita("report", example("thakub-sao-2566.json"), "--threshold", "101", "-o", md.toString()).status())
          .isEqualTo(2);
      assertThat(Files.readString(md)).isEqualTo("old");
      assertThat(ita("report", example("thakub-sao-2566.json"), "-o", md.toString()).status()).isZero();
      assertThat(Files.readString(md)).contains("96.15");
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).containsExactly(md);
      }
    }

    @Test
    void aHeaderOnlyBatchWithSummaryScoresNothingAndSaysSo() throws IOException {
      Path responses = dir.resolve("responses.csv");
      Files.writeString(responses, head(example("batch-responses-2566.csv")));
      Run r = ita("batch", responses.toString(), "--rubric", "2566", "--summary");
      assertThat(r.status()).isZero();
      assertThat(r.out()).isEqualTo("ไม่มีหน่วยงานในไฟล์\n");
      assertThat(r.err()).contains("ita batch: 0 agencies scored from 0 rows (0 answers)");
    }

    @Test
    void theOutputHelperRemovesItsTemporaryFileWhenTheBodyFails() throws IOException {
      Path target = dir.resolve("x.pdf");
      try {
        Output.write(target, out -> {
          out.write(new byte[100]);
          throw new IOException("disk full");
        });
        throw new AssertionError("no exception");
      } catch (IOException e) {
        assertThat(e).hasMessage("disk full");
      }
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).isEmpty();
      }
    }
  }
}
