package io.github.itasdk.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.UnreadableInputException;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.internal.JsonConfig;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.RubricValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes the SDK's JSON: rubrics, assessment inputs and score cards. Rubrics and inputs are read
 * from the streaming parser's tree by hand-written readers that name every problem with its JSON path;
 * other values through the mapper, which is made on first use. Reading never instantiates classes named by
 * the input (no default typing), refuses documents over
 * {@value #MAX_DOCUMENT_CHARS} characters, nested deeper than {@value #MAX_DEPTH}, with more than
 * {@value #MAX_TOKENS} tokens or a string over {@value #MAX_STRING_CHARS} characters, rejects unknown
 * fields, NaN and trailing content, and keeps every number exact ({@code BigDecimal}). A UTF-8 byte
 * order mark at the start is skipped. Reading never throws anything but an {@link ItaException}:
 * {@link InvalidInputException} for the content, {@link UnreadableInputException} when the stream fails.
 *
 * <pre>{@code
 * AssessmentInput in = ItaJson.readInput(Files.newBufferedReader(path));
 * String json = ItaJson.write(card);
 * }</pre>
 */
public final class ItaJson {
  /** The largest document accepted, in characters. */
  public static final long MAX_DOCUMENT_CHARS = 64L * 1024 * 1024;
  /** The deepest nesting accepted. */
  public static final int MAX_DEPTH = 32;
  /** The longest string accepted (a name, an id, a reason), in characters. */
  public static final int MAX_STRING_CHARS = 1_000_000;
  /**
   * The most tokens (values, field names, brackets) a document may have: bounds the memory its tree
   * takes, whatever its shape, to well under 256 MB.
   */
  public static final long MAX_TOKENS = 2_000_000;

  private static final String NOT_UTF8 = "; save the file as UTF-8 (a file saved as TIS-620 or Windows-874 "
      + "must be converted)";
  private static final Logger LOG = LoggerFactory.getLogger(ItaJson.class);

  private ItaJson() {}

  /**
   * The data-binding mapper, made on first use: reading an input or a rubric needs only the streaming
   * parser, and building a mapper would cost a one-agency command more than all its own work.
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER = JsonConfig.newMapper();
    static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();
    static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  }


  /**
   * @param value a rubric, input, score card or any SDK value
   * @return pretty-printed JSON
   */
  public static String write(Object value) {
    try {
      return Mapper.WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new ItaException("Cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * @param value any SDK value
   * @return JSON on one line (for JSON-lines output, one card per line)
   */
  public static String writeLine(Object value) {
    try {
      return Mapper.COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new ItaException("Cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Reads and validates a rubric.
   *
   * @param in the JSON document
   * @param sourceName a name for messages, e.g. the resource path
   * @return the validated rubric
   * @throws InvalidRubricException naming the source and every problem
   */
  public static Rubric readRubric(Reader in, String sourceName) {
    long start = System.nanoTime();
    JsonNode tree;
    try {
      tree = tree(in, "Invalid rubric");
    } catch (InvalidInputException e) {
      LOG.debug("Rubric {} is not well-formed JSON", sourceName);
      throw new InvalidRubricException(sourceName, e.problems());
    } catch (UnreadableInputException e) {
      throw new UnreadableInputException(sourceName, (IOException) e.getCause());
    }
    Rubric rubric = RubricReader.read(tree, sourceName);
    List<Problem> problems = RubricValidator.problems(rubric);
    if (!problems.isEmpty()) {
      LOG.debug("Rubric [{}] from {} has {} problems", rubric.id(), sourceName, problems.size());
      throw new InvalidRubricException(rubric.id(), problems);
    }
    LOG.debug("Read rubric [{}] from {}: {} indicators, {} questions, {} provisional questions, valid, in {} ms",
        rubric.id(), sourceName, rubric.indicators().size(), rubric.questionsById().size(),
        rubric.provisionalQuestions().size(), (System.nanoTime() - start) / 1_000_000);
    return rubric;
  }

  /**
   * Reads an assessment input, collecting every problem of form (types, unknown fields, ranges) with
   * its JSON path; problems that need the rubric are found when the input is scored.
   *
   * @param json the document
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static AssessmentInput readInput(String json) {
    return readInput(new StringReader(json));
  }

  /**
   * @param in the document (the caller closes it)
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path
   * @see #readInput(String)
   */
  public static AssessmentInput readInput(Reader in) {
    return InputReader.read(tree(in), id -> Optional.empty());
  }

  /**
   * Reads an input and resolves yes/no answers ({@code true}, {@code "yes"}, {@code "มี"} …) through the
   * scale of the question they answer, in the rubric the input names.
   *
   * @param in the document (the caller closes it)
   * @param rubrics finds a rubric by id, e.g. {@code id -> Optional.of(Rubrics.forId(id))}
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static AssessmentInput readInput(Reader in, Function<String, Optional<Rubric>> rubrics) {
    return InputReader.read(tree(in), rubrics);
  }

  /**
   * @param in the document as UTF-8 bytes (the caller closes it); a byte order mark is skipped
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path; bytes that are not UTF-8
   *     at their line and column
   */
  public static AssessmentInput readInput(InputStream in) {
    return readInput(in, id -> Optional.empty());
  }

  /**
   * @param in the document as UTF-8 bytes (the caller closes it); a byte order mark is skipped
   * @param rubrics finds a rubric by id, as for {@link #readInput(Reader, Function)}
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path; bytes that are not UTF-8
   *     at their line and column
   * @throws UnreadableInputException when the stream fails
   */
  public static AssessmentInput readInput(InputStream in, Function<String, Optional<Rubric>> rubrics) {
    return readInput(in == null ? null : new Utf8Reader(in), rubrics);
  }

  /**
   * @param json a score card as {@link #write(Object)} writes it
   * @return the score card
   * @throws InvalidInputException when the document is not a score card
   */
  public static ScoreCard readScoreCard(String json) {
    return read(json, ScoreCard.class);
  }

  /**
   * Reads any SDK value type written by {@link #write(Object)}. A {@code Rubric} is validated as
   * {@link #readRubric} validates it.
   *
   * @param json the document
   * @param type the value type, e.g. {@code Rubric.class}
   * @param <T> the type
   * @return the value
   * @throws InvalidInputException naming the JSON path of the first problem
   */
  public static <T> T read(String json, Class<T> type) {
    if (type == Rubric.class) {
      return type.cast(readRubric(new StringReader(json), "rubric")); // a rubric is always validated
    }
    try {
      return Mapper.MAPPER.readValue(json.startsWith("\uFEFF") ? json.substring(1) : json, type);
    } catch (StreamConstraintsException e) {
      throw new InvalidInputException(List.of(new Problem("$", tooLarge(e))));
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(problemOf(e)));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new InvalidInputException(List.of(new Problem("$", "a number too large or too small to read: "
          + e.getMessage())));
    }
  }

  /**
   * Reads any JSON document the SDK accepts (an input, a plan …) as a tree, under the same contract as
   * {@link #readInput(Reader)}: a byte order mark skipped, the size limits, numbers that cannot be read
   * and malformed JSON as problems at their JSON path, in our words.
   *
   * @param json the document
   * @param what what is being read, the title of the exception, e.g. {@code Invalid plan}
   * @return the document's tree
   * @throws InvalidInputException titled {@code what}, with the problem and its path
   */
  public static JsonNode readTree(String json, String what) {
    return tree(json == null ? null : new StringReader(json), what);
  }

  private static JsonNode tree(Reader in) {
    return tree(in, "Invalid assessment input");
  }

  private static JsonNode tree(Reader in, String what) {
    if (in == null) {
      throw new InvalidInputException(what, List.of(new Problem("$", "no document")));
    }
    JsonParser parser = null;
    try {
      parser = JsonConfig.factory().createParser(Bom.skipped(in));
      JsonNode node = JsonTree.read(parser);
      if (node == null || node.isMissingNode()) {
        throw new InvalidInputException(what, List.of(new Problem("$", "empty document")));
      }
      return node;
    } catch (StreamConstraintsException e) {
      throw new InvalidInputException(what, List.of(new Problem(pathOf(parser), tooLarge(e) + where(parser))));
    } catch (JsonProcessingException e) {
      Problem p = problemOf(e);
      throw new InvalidInputException(what, List.of(p.location().equals("$") ? new Problem(pathOf(parser), p.message()) : p));
    } catch (NumberFormatException | ArithmeticException e) {
      // Jackson refuses a number whose exponent does not fit a BigDecimal (1e-2147483648)
      throw new InvalidInputException(what, List.of(new Problem(pathOf(parser), "a number too large or too small to "
          + "read: " + numberText(parser) + "; a score is a decimal 0 - 100 with at most " + Scores.MAX_DECIMALS
          + " decimal places" + where(parser))));
    } catch (Utf8Reader.NotUtf8 e) {
      throw new InvalidInputException(what, List.of(new Problem("$", "not UTF-8 text: " + e.getMessage() + NOT_UTF8)));
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(what, List.of(new Problem("$", "not UTF-8 text" + NOT_UTF8)));
    } catch (IOException e) {
      throw new UnreadableInputException("the input document", e);
    }
  }

  /** Our own words for Jackson's size limits, naming the limit that was hit. */
  private static String tooLarge(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      return "nested deeper than " + MAX_DEPTH + " levels (an input is at most " + MAX_DEPTH + " levels deep)";
    }
    if (m.contains("Number value length") || m.contains("Number length")) {
      return "a number longer than " + Scores.MAX_NUMBER_CHARS + " characters";
    }
    if (m.contains("String value length") || m.contains("Name length")) {
      return "a string longer than " + MAX_STRING_CHARS + " characters";
    }
    if (m.contains("Document length") || m.contains("document length")) {
      return "a document longer than " + MAX_DOCUMENT_CHARS + " characters";
    }
    if (m.contains("Token count")) {
      return "a document with more than " + MAX_TOKENS + " JSON values, names and brackets";
    }
    return "an input over a size limit";
  }

  private static String pathOf(JsonParser parser) {
    if (parser == null) {
      return "$";
    }
    try {
      return JsonPaths.of(parser.getParsingContext());
    } catch (RuntimeException e) {
      return "$";
    }
  }

  private static String where(JsonParser parser) {
    if (parser == null) {
      return "";
    }
    JsonLocation l = parser.currentLocation();
    return " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private static String numberText(JsonParser parser) {
    try {
      String t = parser == null ? null : parser.getText();
      return t == null ? "a number" : t.length() > 40 ? t.substring(0, 40) + "…" : t;
    } catch (IOException | RuntimeException e) {
      return "a number";
    }
  }

  static Problem problemOf(JsonProcessingException e) {
    String path = "$";
    if (e instanceof JsonMappingException m) {
      path = JsonPaths.of(m.getPath());
    }
    String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr() + ")";
    // drop Jackson's source descriptor ("[Source: REDACTED (…); line: 1, column: 37]" → "[line 1, column 37]")
    String msg = e.getOriginalMessage().replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]", "[line $1, column $2]");
    return new Problem(path, "malformed JSON: " + msg + where);
  }

}
