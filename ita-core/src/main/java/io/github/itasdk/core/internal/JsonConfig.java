package io.github.itasdk.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.itasdk.core.Scores;
import io.github.itasdk.core.json.ItaJson;

/**
 * The SDK's one Jackson configuration (limits, strict duplicates, exact decimals), for {@link ItaJson} and
 * the SDK modules that read their own JSON documents. Not API: callers read and write through
 * {@code ItaJson}.
 */
public final class JsonConfig {
  /** The parser and generator settings; thread-safe, and cheap next to a mapper (which a command may never need). */
  private static final JsonFactory FACTORY = newFactory();

  private JsonConfig() {}

  /** The reader, made on first use: building a mapper costs a one-agency command more than its own work. */
  private static final class Reader {
    static final ObjectReader READER = newMapper().reader();
  }

  /** @return an immutable reader with the SDK's settings, for SDK modules reading their own documents */
  public static ObjectReader reader() {
    return Reader.READER;
  }

  /**
   * @return the SDK's parser settings (size limits, strict duplicates, no NaN), for reading a document
   *     with the streaming parser alone
   */
  public static JsonFactory factory() {
    return FACTORY;
  }

  private static JsonFactory newFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(ItaJson.MAX_DOCUMENT_CHARS)
            .maxNestingDepth(ItaJson.MAX_DEPTH)
            .maxNumberLength(Scores.MAX_NUMBER_CHARS)
            .maxStringLength(ItaJson.MAX_STRING_CHARS)
            .maxNameLength(ItaJson.MAX_STRING_CHARS)
            .maxTokenCount(ItaJson.MAX_TOKENS)
            .build())
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** @return a new mapper with the SDK's settings */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder(newFactory())
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
}
