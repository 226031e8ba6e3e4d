package io.github.itasdk.core.batch;

import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Settings of a {@link BatchScorer} run. Immutable; {@link #defaults()} suits most callers.
 *
 * <pre>{@code
 * BatchOptions o = BatchOptions.builder()
 *     .threads(2)
 *     .responsesName("export-2566.csv")              // used in problem locations
 *     .agencyInput(id -> AssessmentInput.builder().rubric("ITA-2566")
 *         .agency(Agency.builder().name(id).staff(staff.get(id)).build()).build())
 *     .build();
 * }</pre>
 */
public final class BatchOptions {
  private final int threads;
  private final String responsesName;
  private final String oitName;
  private final Function<String, AssessmentInput> agencyInput;
  private final boolean skipUnscorable;
  private final boolean checkDuplicateRespondents;
  private final int maxProblems;
  private final int blockSize;
  private final Consumer<AnswerCounts> onCounts;
  private final Consumer<BatchProgress> onProgress;

  private BatchOptions(Builder b) {
    threads = b.threads;
    responsesName = b.responsesName;
    oitName = b.oitName;
    agencyInput = b.agencyInput;
    skipUnscorable = b.skipUnscorable;
    checkDuplicateRespondents = b.checkDuplicateRespondents;
    maxProblems = b.maxProblems;
    blockSize = b.blockSize;
    onCounts = b.onCounts;
    onProgress = b.onProgress;
  }

  /** @return every setting at its default */
  public static BatchOptions defaults() {
    return builder().build();
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return threads that parse and score; default: the available processors */
  public int threads() {
    return threads;
  }

  /** @return the responses file's name in problem locations; default {@code responses.csv} */
  public String responsesName() {
    return responsesName;
  }

  /** @return the OIT file's name in problem locations; default {@code oit.csv} */
  public String oitName() {
    return oitName;
  }

  /** @return the rest of each agency's input, by agency id; empty: an agency named by its id */
  public Optional<Function<String, AssessmentInput>> agencyInput() {
    return Optional.ofNullable(agencyInput);
  }

  /** @return true to list agencies that cannot be scored in the summary instead of failing the run */
  public boolean skipUnscorable() {
    return skipUnscorable;
  }

  /** @return true (default) to reject a respondent id seen twice in one agency's survey */
  public boolean checkDuplicateRespondents() {
    return checkDuplicateRespondents;
  }

  /** @return problems collected before reading stops; default 100 */
  public int maxProblems() {
    return maxProblems;
  }

  /** @return bytes read per block (each thread takes its next block from the stream); default 1 MiB */
  public int blockSize() {
    return blockSize;
  }

  /** @return the listener for each agency's answer counts, if any */
  public Optional<Consumer<AnswerCounts>> onCounts() {
    return Optional.ofNullable(onCounts);
  }

  /** @return the progress listener, if any */
  public Optional<Consumer<BatchProgress>> onProgress() {
    return Optional.ofNullable(onProgress);
  }

  @Override
  public String toString() {
    return "BatchOptions[threads " + threads + ", block " + blockSize + " B, maxProblems " + maxProblems
        + (skipUnscorable ? ", skipUnscorable" : "") + (checkDuplicateRespondents ? "" : ", no duplicate check")
        + (agencyInput == null ? "" : ", agencyInput") + "]";
  }

  /** Builds {@link BatchOptions}; every setter validates its argument. */
  public static final class Builder {
    private int threads = Runtime.getRuntime().availableProcessors();
    private String responsesName = "responses.csv";
    private String oitName = "oit.csv";
    private Function<String, AssessmentInput> agencyInput;
    private boolean skipUnscorable;
    private boolean checkDuplicateRespondents = true;
    private int maxProblems = 100;
    private int blockSize = 1 << 20;
    private Consumer<AnswerCounts> onCounts;
    private Consumer<BatchProgress> onProgress;

    private Builder() {}

    /** @param n 1 - 256 @return this @throws IllegalArgumentException outside that range */
    public Builder threads(int n) {
      if (n < 1 || n > 256) {
        throw new IllegalArgumentException("Threads out of range (valid 1 - 256): " + n);
      }
      threads = n;
      return this;
    }

    /** @param name the responses file's name, for locations @return this */
    public Builder responsesName(String name) {
      responsesName = Objects.requireNonNull(name, "name");
      return this;
    }

    /** @param name the OIT file's name, for locations @return this */
    public Builder oitName(String name) {
      oitName = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Supplies what the CSV files do not hold, per agency id: the agency's name and group sizes (for the
     * minimum sample), publication conditions, published figures (e.g. a published OIT tool score for an
     * agency without OIT rows), the published rating, {@code scoreEitFromOnePart}. The returned input
     * must be for the scorer's rubric and have no surveys; its OIT items and the OIT file's rows must not
     * overlap. The function is called from the scorer's threads, possibly more than once per agency: it
     * must be thread-safe and give the same input each time.
     *
     * @param input agency id → the rest of its input; never returns null
     * @return this
     */
    public Builder agencyInput(Function<String, AssessmentInput> input) {
      agencyInput = Objects.requireNonNull(input, "input");
      return this;
    }

    /** @param skip true to list unscorable agencies in the summary instead of failing @return this */
    public Builder skipUnscorable(boolean skip) {
      skipUnscorable = skip;
      return this;
    }

    /**
     * @param check false to skip the duplicate-respondent check, the only memory that grows with
     *     respondents (8 bytes a respondent when an agency survey's rows come together, up to about 45
     *     when they are scattered)
     * @return this
     */
    public Builder checkDuplicateRespondents(boolean check) {
      checkDuplicateRespondents = check;
      return this;
    }

    /** @param max 1 - 100000 @return this @throws IllegalArgumentException outside that range */
    public Builder maxProblems(int max) {
      if (max < 1 || max > 100_000) {
        throw new IllegalArgumentException("maxProblems out of range (valid 1 - 100000): " + max);
      }
      maxProblems = max;
      return this;
    }

    /**
     * @param bytes 64 B - 256 MiB; a line longer than a block gets a bigger one
     * @return this
     * @throws IllegalArgumentException outside that range
     */
    public Builder blockSize(int bytes) {
      if (bytes < 64 || bytes > 1 << 28) {
        throw new IllegalArgumentException("blockSize out of range (valid 64 - 268435456): " + bytes);
      }
      blockSize = bytes;
      return this;
    }

    /** @param listener called once per agency and survey, in agency order, before any card @return this */
    public Builder onCounts(Consumer<AnswerCounts> listener) {
      onCounts = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** @param listener called on the calling thread as the run goes on @return this */
    public Builder onProgress(Consumer<BatchProgress> listener) {
      onProgress = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** @return the options */
    public BatchOptions build() {
      return new BatchOptions(this);
    }
  }
}
