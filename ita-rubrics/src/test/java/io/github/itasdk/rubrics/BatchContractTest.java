package io.github.itasdk.rubrics;

import static io.github.itasdk.rubrics.BatchCsvProblemsTest.HEAD;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.OIT_HEAD;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.R;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.agency;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.oit;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.p;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.problems;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.row;
import static io.github.itasdk.rubrics.BatchCsvProblemsTest.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.UnreadableInputException;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import net.jqwik.api.Example;
import net.jqwik.api.Group;

/**
 * The batch side of the input contract (issue 12): what a reader buffers is bounded whatever the
 * stream, a carriage return never splits a cell, and OIT scores follow the one number rule.
 */
class BatchContractTest {

  /** {@code size} bytes of {@code fill} without a line break, generated (never held in memory); counts what was read. */
  static final class Endless extends InputStream {
    final long size;
    final byte fill;
    long read;

    Endless(long size, byte fill) {
      this.size = size;
      this.fill = fill;
    }

    @Override
    public int read() {
      return read < size ? (read++ >= 0 ? fill : fill) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      java.util.Arrays.fill(b, off, off + n, fill);
      read += n;
      return n;
    }
  }

  static final long MB_300 = 300L << 20;

  @Group
  class Sizes {
    @Example
    void a300MegabyteLineWithoutALineBreakIsRefusedAfterReadingLittleOfIt() {
      for (int threads : new int[] {1, 3}) {
        Endless line = new Endless(MB_300, (byte) 'x');
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(utf8(HEAD + agency("A1"))), line);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> BatchScorer.of(R)
            .score(in, null, card -> {}, BatchOptions.builder().threads(threads).build()));
        assertThat(e.problems()).containsExactly(p("responses.csv:5:1", "a line longer than 1048576 bytes (no line "
            + "break within the first 1048576 bytes): rows end with a line break, and a row of the export is a few "
            + "kilobytes"));
        assertThat(line.read).as("bytes read before refusing").isLessThan(8L << 20);
      }
    }

    @Example
    void aHeaderWithoutALineBreakIsRefusedToo() {
      Endless line = new Endless(MB_300, (byte) ',');
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> BatchScorer.of(R)
          .score(line, null, card -> {}, BatchOptions.builder().build()));
      assertThat(e.problems()).extracting(Problem::location).containsExactly("responses.csv:1:1");
    }

    @Example
    void anOitFileWithAHugeLineIsRefused() {
      Endless line = new Endless(MB_300, (byte) '1');
      InputStream oitIn = new SequenceInputStream(new ByteArrayInputStream(utf8(OIT_HEAD + "A1,o1,")), line);
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> BatchScorer.of(R)
          .score(new ByteArrayInputStream(utf8(HEAD + agency("A1"))), oitIn, card -> {}, BatchOptions.builder().build()));
      assertThat(e.problems()).extracting(Problem::location).containsExactly("oit.csv:2:1");
      assertThat(line.read).isLessThan(8L << 20);
    }

    /** The OIT file is read beside the responses: which failure ends the run must not depend on which came first. */
    @Example
    void whenBothFilesHaveAHugeLineTheResponsesFilesComesFirst() {
      for (int threads = 1; threads <= 3; threads++) {
        InputStream responses = new SequenceInputStream(new ByteArrayInputStream(utf8(HEAD + agency("A1"))),
            new Endless(MB_300, (byte) 'x'));
        InputStream oitIn = new SequenceInputStream(new ByteArrayInputStream(utf8(OIT_HEAD + "A1,o1,")),
            new Endless(MB_300, (byte) '1'));
        int t = threads;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> BatchScorer.of(R)
            .score(responses, oitIn, card -> {}, BatchOptions.builder().threads(t).build()));
        assertThat(e.problems()).as("%d threads", threads).extracting(Problem::location)
            .containsExactly("responses.csv:5:1");
      }
    }

    @Example
    void anOitFileWithAHugeLineEndsTheRunBeforeTheResponsesFilesProblemsAreListed() {
      for (int threads = 1; threads <= 3; threads++) {
        String responses = HEAD + row("A1", "IIT", "", "r0", java.util.Map.of("i2", "7")) + agency("A1");
        InputStream oitIn = new SequenceInputStream(new ByteArrayInputStream(utf8(OIT_HEAD + "A1,o1,")),
            new Endless(MB_300, (byte) '1'));
        int t = threads;
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> BatchScorer.of(R)
            .score(new ByteArrayInputStream(utf8(responses)), oitIn, card -> {}, BatchOptions.builder().threads(t)
                .build()));
        assertThat(e.problems()).as("%d threads", threads).extracting(Problem::location).containsExactly("oit.csv:2:1");
      }
    }

    @Example
    void aFailingStreamIsAnUnreadableInputException() {
      InputStream broken = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("Input/output error");
        }
      };
      assertThatThrownBy(() -> BatchScorer.of(R).score(broken, null, card -> {}, BatchOptions.builder().build()))
          .isInstanceOf(UnreadableInputException.class).hasMessage("Could not read [responses.csv]: Input/output error");
    }
  }

  @Group
  class LineBreaks {
    @Example
    void aBareCarriageReturnInsideACellIsAnError() {
      String csv = HEAD + agency("DEMO\r001");
      assertThat(problems(csv, null)).first().isEqualTo(p("responses.csv:2:1", "a carriage return (CR) inside a cell: "
          + "a cell may not contain a line break, and a row ends with LF or CR LF"));
    }

    @Example
    void aCarriageReturnBeforeACommaOrInsideQuotesIsAnErrorToo() {
      String csv = HEAD + row("A1\r", "IIT", "", "r1") + row("\"A\r1\"", "IIT", "", "r2");
      assertThat(problems(csv, null)).containsExactly(
          p("responses.csv:2:1", "a carriage return (CR) inside a cell: a cell may not contain a line break, and a row "
              + "ends with LF or CR LF"),
          p("responses.csv:3:1", "a carriage return (CR) inside a cell: a cell may not contain a line break, and a row "
              + "ends with LF or CR LF"));
    }

    @Example
    void crLfStillEndsARow() {
      String csv = (HEAD + agency("A1")).replace("\n", "\r\n");
      String oitCsv = (OIT_HEAD + oit("A1")).replace("\n", "\r\n");
      assertThat(BatchScorer.of(R).score(new ByteArrayInputStream(utf8(csv)), new ByteArrayInputStream(utf8(oitCsv)),
          card -> {}, BatchOptions.builder().build()).cards()).isEqualTo(1);
    }
  }

  @Group
  class OitNumbers {
    @Example
    void aScoreOfAMillionZerosIsRefusedByItsLength() {
      String oitCsv = OIT_HEAD + oit("A1").replaceFirst("A1,o1,yes", "A1,o1,0." + "0".repeat(1_000_000) + "1");
      assertThat(problems(HEAD + agency("A1"), oitCsv)).containsExactly(p("oit.csv:2:3", "score of o1 longer than 64 "
          + "characters (at most 18 digits after the decimal point): 0.000000000000000000…"));
    }

    @Example
    void aScoreWithMoreThan18DecimalsIsRefused() {
      String oitCsv = OIT_HEAD + oit("A1").replaceFirst("A1,o1,yes", "A1,o1,84.9949999999999999999");
      assertThat(problems(HEAD + agency("A1"), oitCsv)).containsExactly(p("oit.csv:2:3", "score of o1 has more than 18 "
          + "decimal places (at most 18 digits after the decimal point): 84.9949999999999999999"));
    }

    @Example
    void exponentsAreNotAnOitScore() {
      String oitCsv = OIT_HEAD + oit("A1").replaceFirst("A1,o1,yes", "A1,o1,1e-999999");
      assertThat(problems(HEAD + agency("A1"), oitCsv)).containsExactly(p("oit.csv:2:3", "OIT value of o1 is not a "
          + "score 0 - 100, yes, no or excluded:<reason>: [1e-999999]"));
    }
  }
}
