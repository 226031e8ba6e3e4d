package io.github.itasdk.rubrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.UnreadableInputException;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.input.PublishedFigure;
import io.github.itasdk.core.json.ItaJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.Group;

/**
 * The input contract (issue 12): every class of bad JSON input found by fuzzing ends in one typed
 * exception whose problems all have a location, before any arithmetic. Each test is one class.
 */
class InputContractTest {
  static final String THAKUB = read("thakub-sao-2566.json");

  static String read(String example) {
    try {
      return Files.readString(Path.of("..", "examples", example));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Tha Kub's document with its first published score (indicator 1, 99.45) written as {@code literal}. */
  static String withScore(String literal) {
    return THAKUB.replaceFirst("99\\.45", literal);
  }

  static List<String> problems(String json) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Ita.score(json));
    assertThat(e).as("an InvalidInputException").isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Group
  class Numbers {
    @Example
    void anExponentBeyondWhatABigDecimalHoldsIsAProblemAtItsPath() {
      assertThat(problems(withScore("1e-2147483648"))).containsExactly("$.published[0].score: a number too large or "
          + "too small to read: 1e-2147483648; a score is a decimal 0 - 100 with at most 18 decimal places (line 5, column 61)");
    }

    @Example
    void aHugePositiveExponentIsOutOfRangeWithoutWritingItsDigitsOut() {
      assertThat(problems(withScore("1e2147483647")))
          .containsExactly("$.published[0].score: score out of range (valid 0 - 100): 1E+2147483647");
    }

    @Example
    void aHugeNegativeExponentIsRefusedBeforeAnyArithmetic() {
      assertThat(problems(withScore("1e-2147483647"))).containsExactly("$.published[0].score: score has more than 18 "
          + "decimal places (at most 18 digits after the decimal point): 1E-2147483647");
      assertThat(problems(withScore("1e-999999"))).containsExactly("$.published[0].score: score has more than 18 "
          + "decimal places (at most 18 digits after the decimal point): 1E-999999");
    }

    @Example
    void nineteenDecimalsAreTooManyButTrailingZerosDoNotCount() {
      assertThat(problems(withScore("84.9949999999999999999"))).containsExactly("$.published[0].score: score has "
          + "more than 18 decimal places (at most 18 digits after the decimal point): 84.9949999999999999999");
      assertThat(Ita.score(withScore("99.450000000000000000000000000")).total()).isEqualByComparingTo("96.15");
      assertThat(Ita.score(withScore("9.945E+1")).total()).isEqualByComparingTo("96.15");
    }

    @Example
    void aNumberLongerThan64CharactersIsRefusedByItsLength() {
      assertThat(problems(withScore("99." + "4".repeat(70)))).singleElement().asString()
          .isEqualTo("$.published[0].score: a number longer than 64 characters (line 5, column 121)");
    }

    @Example
    void anOitScoreFollowsTheSameRule() {
      String json = "{\"rubric\":\"ITA-2566\",\"oit\":[{\"item\":\"o1\",\"score\":1e-30}]}";
      assertThat(problems(json)).containsExactly("$.oit[0].score: score has more than 18 decimal places (at most 18 "
          + "digits after the decimal point): 0.000000000000000000000000000001");
    }

    @Example
    void anInputBuiltInJavaIsCheckedByTheSameRuleBeforeScoring() {
      AssessmentInput in = AssessmentInput.builder().rubric("ITA-2566")
          .addPublished(PublishedFigure.of(FigureLevel.TOTAL, "total", new BigDecimal("1e-999999"))).build();
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Ita.score(in));
      assertThat(e.problems()).map(Problem::toString).contains("$.published[0].score: published total total has more "
          + "than 18 decimal places (at most 18 digits after the decimal point): 1E-999999");
    }

    @Example
    void theRuleItself() {
      assertThat(Scores.scoreProblem(new BigDecimal("100.000"))).isEmpty();
      assertThat(Scores.scoreProblem(new BigDecimal("-0.0"))).isEmpty();
      assertThat(Scores.scoreProblem(new BigDecimal("0E-2147483647"))).isEmpty();
      assertThat(Scores.scoreProblem(new BigDecimal("100.000000000000000001")))
          .contains("out of range (valid 0 - 100): 100.000000000000000001");
      assertThat(Scores.scoreProblem(new BigDecimal("-1e-2147483647")))
          .contains("out of range (valid 0 - 100): -1E-2147483647");
    }
  }

  @Group
  class Sizes {
    @Example
    void nestingTooDeepIsSaidInOurWords() {
      String deep = "{\"rubric\":\"ITA-2566\",\"agency\":{\"name\":" + "[".repeat(40) + "]".repeat(40) + "}}";
      assertThat(problems(deep)).containsExactly(
          "$.agency.name" + "[0]".repeat(31) + ": nested deeper than 32 levels (an input is at most 32 levels deep) "
              + "(line 1, column 70)");
    }

    @Example
    void aStringOverAMillionCharactersIsRefused() {
      String json = "{\"rubric\":\"ITA-2566\",\"agency\":{\"name\":\"" + "ก".repeat(1_000_001) + "\"}}";
      assertThat(problems(json)).singleElement().asString()
          .startsWith("$.agency.name: a string longer than 1000000 characters (line 1, column ");
    }

    @Example
    void tooManyTokensIsRefusedWhateverTheShape() {
      StringBuilder sb = new StringBuilder("{\"rubric\":\"ITA-2566\",\"oit\":[");
      for (int i = 0; i < 1_000_000; i++) {
        sb.append("{},");
      }
      sb.append("{}]}");
      assertThat(problems(sb.toString())).singleElement().asString()
          .startsWith("$.oit[999997]: a document with more than 2000000 JSON values, names and brackets (line 1, column ");
    }
  }

  @Group
  class Encodings {
    @Example
    void aUtf8ByteOrderMarkIsAccepted() {
      assertThat(Ita.score("\uFEFF" + THAKUB).total()).isEqualByComparingTo("96.15");
      byte[] bytes = ("\uFEFF" + THAKUB).getBytes(StandardCharsets.UTF_8);
      assertThat(ItaJson.readInput(new ByteArrayInputStream(bytes)).rubric()).isEqualTo("ITA-2566");
    }

    @Example
    void aTis620FileIsToldToBeSavedAsUtf8() {
      byte[] tis = THAKUB.getBytes(Charset.forName("TIS-620"));
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
          () -> ItaJson.readInput(new ByteArrayInputStream(tis)));
      assertThat(e.problems()).map(Problem::toString).containsExactly("$: not UTF-8 text: bytes [A4 EC A1] at line 3, "
          + "column 24; save the file as UTF-8 (a file saved as TIS-620 or Windows-874 must be converted)");
    }

    @Example
    void aFailingReaderIsAnUnreadableInputException() {
      Reader broken = new Reader() {
        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
          throw new IOException("Is a directory");
        }

        @Override
        public void close() {}
      };
      assertThatThrownBy(() -> ItaJson.readInput(broken)).isInstanceOf(UnreadableInputException.class)
          .hasMessage("Could not read the input document: Is a directory");
    }
  }

  @Group
  class Rubric {
    @Example
    void anUnknownRubricIdIsAnInputProblemAtItsPath() {
      assertThat(problems(THAKUB.replace("ITA-2566", "ITA-2565")))
          .containsExactly("$.rubric: no rubric [ITA-2565]; shipped: ITA-2564, ITA-2566, ITA-2568; " + Rubrics.HOW_TO_LOAD);
    }
  }
}
