package io.github.itasdk.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.InvalidRubricException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.RubricValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes the SDK's JSON: rubrics, assessment inputs and score cards. The mapper never
 * instantiates classes named by the input (no default typing), refuses documents over
 * {@value #MAX_DOCUMENT_CHARS} characters or nested deeper than {@value #MAX_DEPTH}, rejects unknown
 * fields, NaN and trailing content, and keeps every number exact ({@code BigDecimal}).
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

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectWriter WRITER = MAPPER.writerWithDefaultPrettyPrinter();
  private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private ItaJson() {}

  private static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_CHARS)
            .maxNestingDepth(MAX_DEPTH)
            .maxNumberLength(64)
            .maxStringLength(1_000_000)
            .build())
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build()
        .configure(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN, true)
        .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT);
  }

  /**
   * @param value a rubric, input, score card or any SDK value
   * @return pretty-printed JSON
   */
  public static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
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
      return COMPACT.writeValueAsString(value);
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
    Rubric rubric;
    try {
      rubric = MAPPER.readValue(in, Rubric.class);
    } catch (JsonProcessingException e) {
      throw new InvalidRubricException(sourceName, List.of(problemOf(e)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RubricValidator.validated(rubric);
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
   * @param in the document as UTF-8 bytes (the caller closes it)
   * @return the input
   * @throws InvalidInputException listing every problem with its JSON path
   */
  public static AssessmentInput readInput(InputStream in) {
    return readInput(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)), id -> Optional.empty());
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
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(problemOf(e)));
    }
  }

  private static JsonNode tree(Reader in) {
    try {
      if (in == null) {
        throw new InvalidInputException(List.of(new Problem("$", "no document")));
      }
      JsonNode node = MAPPER.readTree(in);
      if (node == null || node.isMissingNode()) {
        throw new InvalidInputException(List.of(new Problem("$", "empty document")));
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(List.of(problemOf(e)));
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InvalidInputException(List.of(new Problem("$", "not UTF-8 text")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return an immutable reader of the configured mapper, for SDK modules that read their own types */
  public static ObjectReader reader() {
    return MAPPER.reader();
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
