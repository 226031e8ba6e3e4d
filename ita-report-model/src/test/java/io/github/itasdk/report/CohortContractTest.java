package io.github.itasdk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.report.io.CohortCsv;
import io.github.itasdk.rubrics.Rubrics;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report model's own inputs under the input contract (issue 12): the cohort CSV (the score rule,
 * bounded cells, UTF-8 said plainly) and the plan document (read as every SDK document is).
 */
class CohortContractTest {
  static final String HEAD = "agency,fiscalYear,ind1,ind2,ind3,ind4,ind5,ind6,ind7,ind8,ind9,ind10\n";

  static List<Problem> problems(Reader csv) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> CohortCsv.read(csv, Rubrics.all()));
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.problems();
  }

  @Test
  void scoresFollowTheOneNumberRule() {
    String csv = HEAD + "X,2566,1e-999999,90,90,90,90,90,90,90,90," + "9".repeat(70) + "\n";
    assertThat(problems(new StringReader(csv))).containsExactly(
        new Problem("row 1, ind1", "score has more than 18 decimal places (at most 18 digits after the decimal "
            + "point): 1E-999999"),
        new Problem("row 1, ind10", "invalid score (a decimal such as 96.58): [" + "9".repeat(40) + "…]"));
  }

  @Test
  void aCellOverAMillionCharactersIsRefused() {
    String csv = HEAD + "X" + "x".repeat(1_000_001) + ",2566,90,90,90,90,90,90,90,90,90,90\n";
    assertThat(problems(new StringReader(csv))).containsExactly(new Problem("csv", "a cell longer than 1000000 characters"));
  }

  @Test
  void aTis620FileIsToldToSaveItAsUtf8() {
    byte[] tis = (HEAD + "องค์การ,2566,90,90,90,90,90,90,90,90,90,90\n").getBytes(Charset.forName("TIS-620"));
    Reader utf8 = new InputStreamReader(new ByteArrayInputStream(tis), StandardCharsets.UTF_8.newDecoder());
    assertThat(problems(utf8)).containsExactly(new Problem("csv", "not UTF-8 text; save the file as UTF-8 (a file "
        + "saved as TIS-620 or Windows-874 must be converted)"));
  }

  @Test
  void aPlanDocumentIsReadUnderTheSameContractAsAnInput() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> PlanDocument.read("{\"fiscalYear\":1e-2147483648}"));
    assertThat(e).hasMessageStartingWith("Invalid plan (1 problem)");
    assertThat(e.problems()).containsExactly(new Problem("$.fiscalYear", "a number too large or too small to read: "
        + "1e-2147483648; a score is a decimal 0 - 100 with at most 18 decimal places (line 1, column 28)"));
    InvalidInputException deep = catchThrowableOfType(InvalidInputException.class,
        () -> PlanDocument.read("{\"measures\":" + "[".repeat(40) + "]".repeat(40) + "}"));
    assertThat(deep.problems()).singleElement().extracting(Problem::message).asString()
        .startsWith("nested deeper than 32 levels");
  }
}
