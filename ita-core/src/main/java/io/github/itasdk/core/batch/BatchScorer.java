package io.github.itasdk.core.batch;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.ItaException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.Computation;
import io.github.itasdk.core.engine.InputChecks;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.input.Agency;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.input.OitAssessment;
import io.github.itasdk.core.internal.Tally;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.RubricValidator;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores every agency of a cohort from a national export in one streaming pass: raw responses in the
 * wide CSV format (one row per respondent) and OIT assessments in a second CSV (see {@code docs/batch.md}).
 * Memory grows with agencies × questions × levels (counters kept in direct buffers outside the heap once an
 * agency's rows are read), not with respondents (but for the optional
 * duplicate-respondent check: 8 bytes a respondent when an agency survey's rows come together, in direct
 * buffers outside the heap, up to about 45 on the heap when they are scattered); rows may come in any
 * order, and the number of threads changes nothing but the time.
 *
 * <p>Each card equals the one {@link ScoringEngine#score(AssessmentInput)} gives for the same agency
 * given alone: an input with the agency named by its id (or {@link BatchOptions#agencyInput()}), one
 * survey per tool or EIT part holding the agency's rows, and its OIT rows in rubric order.
 *
 * <p>The run is all or nothing. Both files are read and checked to the end before the first card is
 * delivered; any problem in them ends the run with an {@link InvalidInputException} whose problems sit
 * at {@code file:line:column} (column = 1-based cell). Then every agency is checked for what scoring
 * needs (each survey answered, OIT rows or published figures); an agency that cannot be scored fails the
 * run too, unless {@link BatchOptions.Builder#skipUnscorable(boolean)} lists it in the summary instead.
 * Cards are then delivered in agency-id order on the calling thread.
 *
 * <pre>{@code
 * BatchScorer scorer = BatchScorer.of(Rubrics.forFiscalYear(2566));
 * try (InputStream responses = Files.newInputStream(Path.of("responses.csv"));
 *      InputStream oit = Files.newInputStream(Path.of("oit.csv"))) {
 *   BatchSummary s = scorer.score(responses, oit, card -> cards.add(card), BatchOptions.defaults());
 * }
 * }</pre>
 *
 * <p>Thread-safe and pure: no files, clock or logging; the caller opens and closes the streams.
 */
public final class BatchScorer {
  /** Phases, counts and timings only: never an agency's or respondent's data, a CSV row or a problem text. */
  private static final Logger LOG = LoggerFactory.getLogger(BatchScorer.class);
  /** Agencies scored per task, and how often progress is reported. */
  private static final int CHUNK = 32;
  private static final int WINDOW = 512;

  private final Rubric rubric;
  private final WideLayout layout;
  /** Per OIT group in rubric order, the index after its last item in an agency's OIT values. */
  private final int[] oitGroupEnds;

  private BatchScorer(Rubric rubric) {
    this.rubric = rubric;
    this.layout = new WideLayout(rubric);
    List<Integer> ends = new ArrayList<>();
    int i = 0;
    for (Indicator ind : rubric.tool(ToolKind.OIT).indicators()) {
      for (Group g : ind.groups()) {
        i += g.items().size();
        ends.add(i);
      }
    }
    oitGroupEnds = new int[ends.size()];
    for (int g = 0; g < oitGroupEnds.length; g++) {
      oitGroupEnds[g] = ends.get(g);
    }
  }

  /**
   * @param rubric the rubric (every rubric from {@code Rubrics} is valid; one built by hand is validated
   *     here, once per rubric instance)
   * @return a batch scorer for that rubric
   * @throws io.github.itasdk.core.InvalidRubricException listing every problem of an invalid rubric
   */
  public static BatchScorer of(Rubric rubric) {
    return new BatchScorer(RubricValidator.validated(Objects.requireNonNull(rubric, "rubric")));
  }

  /** @return the rubric this scorer scores under */
  public Rubric rubric() {
    return rubric;
  }

  /**
   * @return the full header of the wide responses CSV for this rubric: {@code agency,tool,[part,]respondent}
   *     then one column per question and sub-item, in rubric order
   */
  public List<String> header() {
    return layout.header();
  }

  /**
   * Reads both files and delivers one score card per agency.
   *
   * @param responses the wide responses CSV, UTF-8 bytes (a byte order mark is allowed); not closed
   * @param oitOrNull the OIT CSV, UTF-8 bytes, or null when there is none (each agency then needs OIT
   *     figures through {@link BatchOptions.Builder#agencyInput}); not closed
   * @param out receives the cards in agency-id order, on the calling thread, only after all input was
   *     read and found valid
   * @param options the settings
   * @return what was read and scored
   * @throws InvalidInputException when a file has problems (each at {@code file:line:column}) or an
   *     agency cannot be scored (at {@code agency [id]}), listing up to {@link BatchOptions#maxProblems()}
   * @throws ItaException when a stream cannot be read
   */
  public BatchSummary score(InputStream responses, InputStream oitOrNull, Consumer<ScoreCard> out,
      BatchOptions options) {
    Objects.requireNonNull(responses, "responses");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(options, "options");
    CsvProblems problems = new CsvProblems(options.maxProblems());
    long start = System.nanoTime();
    LOG.debug("Batch under {}: {} threads, blocks of {} bytes", rubric.id(), options.threads(), options.blockSize());
    // the OIT file is read beside the responses (by a reader thread before it takes its first block), or
    // after them on one thread; which problems are reported does not depend on which (see CsvProblems)
    OitCsv.Assessments oitMade = new OitCsv.Assessments(layout); // each OIT value resolved while it is read
    OitRead oitRead = new OitRead(oitOrNull, oitMade, options, problems);
    long phase = System.nanoTime();
    Read read = readResponses(responses, options, problems, oitRead); // its failure first: the responses file's
    oitRead.run(); // unless a reader thread did
    List<OitCsv.AgencyOit> oit = oitRead.result();
    long[] oitRows = {oitRead.rows[0]};
    LOG.debug("Read the responses file: {} bytes, {} rows, {} answers on {} threads in {} ms", read.bytes, read.rows,
        read.answers, read.workers.size(), millisSince(phase));
    // each reader sorted its agencies when its rows ended, the OIT reader its own: one pass merges them into
    // agency-id order, adding up the counts of an agency that several threads read (a hash map, then a sort
    // of every id, ran here on one thread while the other cores waited: ~15 ms CPU, mostly interpreted)
    phase = System.nanoTime();
    List<WideCsv.Repeat> repeats = new ArrayList<>();
    int most = oit.size();
    for (WideCsv.Rows r : read.workers) {
      repeats.addAll(r.repeats);
      most = Math.max(most, r.order.size());
    }
    List<Entry> agencies = new ArrayList<>(most + most / 8);
    Merge merge = new Merge(read.workers, oit, repeats);
    Map<ToolPart, Long> respondents = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), new Scorers());
    try {
      Cards cardOf = new Cards(options);
      // Without agencyInput nothing user-given runs in a card's computation: when the files had no problem,
      // the pool starts on the first cards once the merge has given enough agencies for its first chunks,
      // while this thread merges the rest, reports the counts and checks every agency; they are delivered only
      // if every agency passes the checks (else they are dropped and the run goes on as before, or ends).
      Window<ScoreCard> early = null;
      boolean startEarly = options.agencyInput().isEmpty() && problems.isEmpty();
      int firstChunks = Window.ahead(options.threads()) * CHUNK;
      for (Entry e = merge.next(); e != null; e = merge.next()) {
        agencies.add(e);
        if (startEarly && early == null && agencies.size() == firstChunks) {
          early = Window.start(pool, options.threads(), List.copyOf(agencies), cardOf);
        }
      }
      if (early != null) {
        early.extend(agencies);
      } else if (startEarly) {
        early = Window.start(pool, options.threads(), agencies, cardOf);
      }
      if (!repeats.isEmpty()) {
        Map<String, WideCsv.AgencyCounts> byId = new HashMap<>();
        for (Entry e : agencies) {
          byId.put(e.id, e.counts);
        }
        WideCsv.reportRepeats(repeats, byId, problems, options.responsesName(), layout);
      }
      if (!problems.isEmpty()) {
        List<Problem> found = problems.sorted();
        LOG.debug("Batch stopped: {} problems in the files", found.size());
        throw new InvalidInputException(found);
      }
      LOG.debug("Merged the counts of {} agencies in {} ms", agencies.size(), millisSince(phase));
      int surveys = layout.surveys.size();
      long[] perSurvey = new long[surveys];
      Consumer<AnswerCounts> onCounts = options.onCounts().orElse(null);
      Map<String, List<Problem>> unscored = new TreeMap<>();
      phase = System.nanoTime();
      // One pass in agency-id order (each step a method, compiled after a few dozen agencies, where the body of
      // this loop runs interpreted): the counts reported, the fingerprints dropped (the repeats are reported),
      // and 1. the check before anything is delivered: an agency with every survey answered, every OIT item
      // given and no agencyInput needs no more (microseconds each, here, where a pool task per agency cost
      // ~30 ms for the national file); only the others are checked in full, on the pool.
      boolean checkAll = options.agencyInput().isPresent();
      List<Entry> toCheck = checkAll ? agencies : new ArrayList<>();
      for (Entry e : agencies) {
        if (!report(e, perSurvey, onCounts) && !checkAll) {
          toCheck.add(e);
        }
      }
      for (int s = 0; s < surveys; s++) {
        respondents.put(layout.surveys.get(s), perSurvey[s]);
      }
      if (!toCheck.isEmpty()) { // (none, usually: then no lambda is linked here)
        inWindows(pool, options.threads(), toCheck, e -> cardOf.run(e).check(), (e, ps) -> {
          if (!ps.isEmpty()) {
            unscored.put(e.id, ps);
          }
        }, null);
      }
      LOG.debug("Checked {} agencies: {} cannot be scored, in {} ms", agencies.size(), unscored.size(),
          millisSince(phase));
      if (!unscored.isEmpty() && !options.skipUnscorable()) {
        List<Problem> all = new ArrayList<>();
        unscored.values().forEach(all::addAll);
        if (all.size() > options.maxProblems()) {
          int more = all.size() - options.maxProblems();
          all = new ArrayList<>(all.subList(0, options.maxProblems()));
          all.add(new Problem("agencies", more + " more problems in " + unscored.size() + " agencies not shown"));
        }
        LOG.debug("Batch stopped: {} agencies cannot be scored", unscored.size());
        throw new InvalidInputException(all);
      }
      // 2. score and deliver in agency order
      phase = System.nanoTime();
      List<Entry> scorable = agencies;
      if (!unscored.isEmpty()) {
        scorable = new ArrayList<>();
        for (Entry e : agencies) {
          if (!unscored.containsKey(e.id)) {
            scorable.add(e);
          }
        }
      }
      if (early != null && !unscored.isEmpty()) {
        early.cancel();
        early = null;
      }
      if (early == null) {
        early = Window.start(pool, options.threads(), scorable, cardOf);
      }
      Deliveries delivered = new Deliveries(out, options.onProgress().orElse(null), read, scorable.size());
      early.deliver(delivered, delivered);
      LOG.debug("Scored and delivered {} cards in {} ms; the batch took {} ms", delivered.cards, millisSince(phase),
          millisSince(start));
      return new BatchSummary(read.rows, read.answers, oitRows[0], agencies.size(), delivered.cards, respondents,
          unscored);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Adds an agency's respondents to {@code perSurvey}, hands its counts to {@code onCounts} and drops its
   * fingerprints.
   *
   * @return true when the agency is {@linkplain #complete complete}
   */
  private boolean report(Entry e, long[] perSurvey, Consumer<AnswerCounts> onCounts) {
    WideCsv.AgencyCounts c = e.counts;
    if (c != null) {
      if (c.ids != null) {
        Arrays.fill(c.ids, null);
      }
      for (int s = 0; s < perSurvey.length; s++) {
        perSurvey[s] += c.respondents[s];
        if (c.respondents[s] > 0 && onCounts != null) {
          onCounts.accept(new AnswerCounts(c, s, layout));
        }
      }
    }
    return complete(c, e.oit);
  }

  /** Every survey answered, every OIT item given and every group with an item not excluded: scorable. */
  private boolean complete(WideCsv.AgencyCounts counts, OitCsv.AgencyOit oit) {
    if (counts == null || oit == null) {
      return false;
    }
    for (long n : counts.respondents) {
      if (n == 0) {
        return false;
      }
    }
    OitAssessment[] values = oit.values;
    int i = 0;
    for (int end : oitGroupEnds) { // each group: every item given, one not excluded
      boolean scored = false;
      for (; i < end; i++) {
        if (values[i] == null) {
          return false;
        }
        scored |= !oit.excluded(i);
      }
      if (!scored) {
        return false;
      }
    }
    return true;
  }

  private static long millisSince(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1_000_000;
  }

  /** Convenience for {@link #score(InputStream, InputStream, Consumer, BatchOptions)} with the defaults. */
  public BatchSummary score(InputStream responses, InputStream oitOrNull, Consumer<ScoreCard> out) {
    return score(responses, oitOrNull, out, BatchOptions.defaults());
  }

  // ---------------------------------------------------------------- one agency

  private final class AgencyRun {
    private final String id;
    private final WideCsv.AgencyCounts counts;
    private final OitCsv.AgencyOit oit;
    private final BatchOptions options;

    AgencyRun(String id, WideCsv.AgencyCounts counts, OitCsv.AgencyOit oit, BatchOptions options) {
      this.id = id;
      this.counts = counts;
      this.oit = oit;
      this.options = options;
    }

    AssessmentInput input() {
      Function<String, AssessmentInput> given = options.agencyInput().orElse(null); // no lambda a card
      AssessmentInput base = given == null ? null : given.apply(id);
      AssessmentInput.Builder b = AssessmentInput.builder();
      if (base == null) {
        b.rubric(rubric.id()).agency(Agency.named(id));
      } else {
        b.from(base);
      }
      if (oit != null) {
        b.addAllOit(oit.assessments());
      }
      return b.build();
    }

    Map<ToolPart, Tally> tallies() {
      Map<ToolPart, Tally> m = new HashMap<>();
      if (counts == null) {
        return m;
      }
      for (int s = 0; s < layout.surveys.size(); s++) {
        if (counts.respondents[s] == 0) {
          continue;
        }
        ToolPart tp = layout.surveys.get(s);
        Tally t = new Tally(rubric, rubric.tool(tp.tool()));
        t.addAll(counts.counts(s)); // the layout's counters are the tally's: question, sub-item, level 0..k
        t.addRespondents(counts.respondents[s]);
        m.put(tp, t);
      }
      return m;
    }

    /** @return why the agency cannot be scored; empty when it can */
    List<Problem> check() {
      if (options.agencyInput().isEmpty() && complete()) {
        return List.of();
      }
      List<Problem> out = new ArrayList<>();
      AssessmentInput in;
      try {
        in = input();
      } catch (RuntimeException e) {
        return List.of(new Problem(at(), "agencyInput failed: " + e.getMessage()));
      }
      if (!in.surveys().isEmpty()) {
        out.add(new Problem(at(), "agencyInput gave surveys: responses come from the responses file only"));
        return out;
      }
      for (Problem p : InputChecks.problems(rubric, in)) {
        out.add(new Problem(at() + " " + p.location(), p.message()));
      }
      if (out.isEmpty()) {
        for (Problem p : new Computation(rubric, in, tallies()).run().problems()) {
          out.add(new Problem(p.location().equals("$") ? at() : at() + " " + p.location(), p.message()));
        }
      }
      return out;
    }

    private String at() {
      return "agency [" + id + "]";
    }

    /** @see BatchScorer#complete */
    private boolean complete() {
      return BatchScorer.this.complete(counts, oit);
    }

    ScoreCard card() {
      Computation.Result r = new Computation(rubric, input(), tallies()).run();
      if (!r.problems().isEmpty()) {
        throw new InvalidInputException(r.problems()); // check() ruled this out
      }
      return r.card();
    }
  }

  /** The pool's daemon threads. */
  private static final class Scorers implements java.util.concurrent.ThreadFactory {
    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "ita-batch-score");
      t.setDaemon(true);
      return t;
    }
  }

  /** An agency's run, and its card (classes rather than lambdas: a batch links no lambda to finish agencies). */
  private final class Cards implements Function<Entry, ScoreCard> {
    private final BatchOptions options;

    Cards(BatchOptions options) {
      this.options = options;
    }

    AgencyRun run(Entry e) {
      return new AgencyRun(e.id, e.counts, e.oit, options);
    }

    @Override
    public ScoreCard apply(Entry e) {
      return run(e).card();
    }
  }

  /** One chunk of a window: its agencies' results in order. */
  private static final class Job<R> implements Callable<List<R>> {
    private final List<Entry> part;
    private final Function<Entry, R> task;

    Job(List<Entry> part, Function<Entry, R> task) {
      this.part = part;
      this.task = task;
    }

    @Override
    public List<R> call() {
      List<R> results = new ArrayList<>(part.size());
      for (Entry e : part) {
        results.add(task.apply(e));
      }
      return results;
    }
  }

  private interface Delivery<R> {
    void deliver(Entry agency, R result);
  }

  /**
   * Hands each card to the caller and reports the progress (a class, not lambdas: linking those at the first
   * card spun method-handle classes on this thread while the pool worked).
   */
  private static final class Deliveries implements Delivery<ScoreCard>, java.util.function.IntConsumer {
    private final Consumer<ScoreCard> out;
    private final Consumer<BatchProgress> progress;
    private final Read read;
    private final int toDeliver;
    int cards;

    Deliveries(Consumer<ScoreCard> out, Consumer<BatchProgress> progressOrNull, Read read, int toDeliver) {
      this.out = out;
      this.progress = progressOrNull;
      this.read = read;
      this.toDeliver = toDeliver;
    }

    @Override
    public void deliver(Entry agency, ScoreCard card) {
      out.accept(card);
      cards++;
    }

    @Override
    public void accept(int done) {
      if (progress != null) {
        progress.accept(new BatchProgress(read.bytes, read.rows, done, toDeliver));
      }
    }
  }

  /** An agency of the run: its id, its counts (null: no rows in the responses file) and OIT rows (null: none). */
  private static final class Entry {
    final String id;
    final WideCsv.AgencyCounts counts;
    final OitCsv.AgencyOit oit;

    Entry(String id, WideCsv.AgencyCounts counts, OitCsv.AgencyOit oit) {
      this.id = id;
      this.counts = counts;
      this.oit = oit;
    }
  }

  /**
   * Merges the readers' agencies (each list sorted by id) and the OIT file's (sorted too) into one list in
   * agency-id order, one {@link Entry} per agency, adding up the counts of an agency that several readers
   * saw (a respondent both saw goes to {@code repeats}). One agency a call, so that the step is compiled
   * after a few dozen agencies rather than interpreted for all of them.
   */
  private static final class Merge {
    private final List<List<WideCsv.AgencyCounts>> lists = new ArrayList<>();
    private final int[] at;
    private final List<OitCsv.AgencyOit> oit;
    private int oitAt;
    private final List<WideCsv.Repeat> repeats;

    Merge(List<WideCsv.Rows> readers, List<OitCsv.AgencyOit> oit, List<WideCsv.Repeat> repeats) {
      for (WideCsv.Rows r : readers) {
        lists.add(r.order);
      }
      at = new int[lists.size()];
      this.oit = oit;
      this.repeats = repeats;
    }

    /** @return the next agency in id order; null after the last */
    Entry next() {
      String id = oitAt < oit.size() ? oit.get(oitAt).id : null;
      for (int i = 0; i < at.length; i++) {
        List<WideCsv.AgencyCounts> l = lists.get(i);
        if (at[i] < l.size()) {
          String other = l.get(at[i]).id;
          if (id == null || other.compareTo(id) < 0) {
            id = other;
          }
        }
      }
      if (id == null) {
        return null;
      }
      WideCsv.AgencyCounts counts = null;
      for (int i = 0; i < at.length; i++) {
        List<WideCsv.AgencyCounts> l = lists.get(i);
        while (at[i] < l.size() && l.get(at[i]).id.equals(id)) {
          WideCsv.AgencyCounts c = l.get(at[i]++);
          if (counts == null) {
            counts = c;
          } else {
            counts.merge(c, repeats);
          }
        }
      }
      OitCsv.AgencyOit o = null;
      if (oitAt < oit.size() && oit.get(oitAt).id.equals(id)) {
        o = oit.get(oitAt++);
      }
      return new Entry(id, counts, o);
    }
  }

  /**
   * Runs {@code task} for every id on the pool, a chunk at a time, and delivers the results in id order
   * on the calling thread while the pool works on the next chunks (a bounded number ahead).
   */
  private static <R> void inWindows(ExecutorService pool, int threads, List<Entry> ids, Function<Entry, R> task,
      Delivery<R> delivery, java.util.function.IntConsumer progress) {
    Window.start(pool, threads, ids, task).deliver(delivery, progress);
  }

  /** The chunks of a run over ids: the first ones are submitted at {@link #start}, the rest as delivered. */
  private static final class Window<R> {
    private final ExecutorService pool;
    /** The agencies, in order; the first ones only until {@link #extend} gives them all. */
    private List<Entry> ids;
    private final Function<Entry, R> task;
    private final java.util.ArrayDeque<Future<List<R>>> ahead = new java.util.ArrayDeque<>();
    private final int maxAhead;
    private int next;

    private Window(ExecutorService pool, int threads, List<Entry> ids, Function<Entry, R> task) {
      this.pool = pool;
      this.ids = ids;
      this.task = task;
      this.maxAhead = ahead(threads);
    }

    /** @return how many chunks the pool works on ahead of the delivery */
    static int ahead(int threads) {
      return threads * 4;
    }

    /**
     * @param all every agency of the run, beginning with those the window was started with, in the same
     *     order; not changed afterwards
     */
    void extend(List<Entry> all) {
      ids = all;
    }

    static <R> Window<R> start(ExecutorService pool, int threads, List<Entry> ids, Function<Entry, R> task) {
      Window<R> w = new Window<>(pool, threads, ids, task);
      w.fill();
      return w;
    }

    private void fill() {
      while (ahead.size() < maxAhead && next < ids.size()) {
        List<Entry> part = ids.subList(next, Math.min(ids.size(), next + CHUNK));
        ahead.add(pool.submit(new Job<>(part, task))); // a loop, not a stream: no stream pipeline to compile
        next += part.size();
      }
    }

    /** Drops the chunks submitted: their results (or failures) are never looked at. */
    void cancel() {
      ahead.forEach(f -> f.cancel(false));
      ahead.clear();
    }

    void deliver(Delivery<R> delivery, java.util.function.IntConsumer progress) {
      int done = 0;
      try {
        while (next < ids.size() || !ahead.isEmpty()) {
          fill();
          for (R r : ahead.poll().get()) {
            delivery.deliver(ids.get(done++), r);
          }
          if (progress != null && (done % WINDOW < CHUNK || done == ids.size())) {
            progress.accept(done);
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ItaException("Batch scoring interrupted", e);
      } catch (ExecutionException e) {
        throw rethrow(e.getCause());
      }
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException re) {
      return re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    return new ItaException("Batch scoring failed: " + t, t);
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reading the OIT file, once, on whichever thread runs it first: a reader thread before it takes its first
   * block of responses, else the calling thread after the responses. A failure (an unreadable stream, a line
   * too long) is kept for {@link #result}, so that a failure of the responses file comes first either way.
   */
  private final class OitRead implements Runnable {
    private final InputStream in;
    private final OitCsv.Assessments made;
    private final BatchOptions options;
    private final CsvProblems problems;
    final long[] rows = {0};
    private boolean ran;
    private List<OitCsv.AgencyOit> agencies = List.of();
    private RuntimeException failure;

    OitRead(InputStream in, OitCsv.Assessments made, BatchOptions options, CsvProblems problems) {
      this.in = in;
      this.made = made;
      this.options = options;
      this.problems = problems;
    }

    @Override
    public synchronized void run() {
      if (ran || in == null) {
        return;
      }
      ran = true;
      long start = System.nanoTime();
      try {
        agencies = OitCsv.read(in, options.oitName(), layout, made, problems, options.blockSize(), rows);
      } catch (RuntimeException e) {
        failure = e;
      }
      LOG.debug("Read the OIT file: {} rows, {} agencies in {} ms", rows[0], agencies.size(), millisSince(start));
    }

    /** @return the OIT rows per agency in agency-id order (none without an OIT file); throws the reading's failure */
    synchronized List<OitCsv.AgencyOit> result() {
      if (failure != null) {
        throw failure;
      }
      return agencies;
    }
  }

  private static final class Read {
    final List<WideCsv.Rows> workers = new ArrayList<>();
    long rows;
    long answers;
    long bytes;
  }

  private Read readResponses(InputStream in, BatchOptions options, CsvProblems problems, Runnable oitRead) {
    Read read = new Read();
    String name = options.responsesName();
    CsvBlocks blocks = CsvBlocks.deferred(in, name, options.blockSize());
    problems.resolveLines(0, blocks.lines());
    try {
      readBlocks(blocks, read, options, problems, oitRead);
    } catch (CsvBlocks.LongLine e) { // the blocks before it are read and counted: its number is known
      throw CsvBlocks.lineTooLong(name, blocks.lines().resolve(e.line));
    }
    for (WideCsv.Rows r : read.workers) { // each finished by its reader
      read.rows += r.rows;
      read.answers += r.answers;
    }
    read.bytes = blocks.bytesRead();
    return read;
  }

  private void readBlocks(CsvBlocks blocks, Read read, BatchOptions options, CsvProblems problems, Runnable oitRead) {
    String name = options.responsesName();
    CsvBlocks.Block first = blocks.next(null);
    if (first == null) {
      if (blocks.tail().length == 0) {
        problems.add(0, name, blocks.tailLine(), 1, "empty file: expected the header "
            + String.join(",", layout.fixedColumns()) + ",<answer columns> and a line break");
      } else {
        OitCsv.tail(blocks, name, 0, problems);
      }
      return;
    }
    CsvLine headerLine = new CsvLine(layout.slots.size() + layout.fixedColumns().size() + 64);
    WideCsv.Columns cols = WideCsv.header(layout, headerLine, first.buf, first.start, first.end, name, problems,
        first.firstLine);
    if (cols == null) {
      return;
    }
    int nl = first.start;
    while (first.buf[nl] != '\n') {
      nl++;
    }
    first.start = nl + 1;
    first.firstLine++;
    boolean ids = options.checkDuplicateRespondents();
    int threads = options.threads();
    if (threads == 1) {
      WideCsv.Rows rows = new WideCsv.Rows(layout, cols, name, problems, ids, blocks.lines(), options.blockSize());
      read.workers.add(rows);
      CsvBlocks.Block b = first;
      byte[] spare = null;
      while (b != null && !problems.full(0)) {
        rows.block(b);
        progress(options, blocks, rows.rows);
        spare = b.buf;
        b = blocks.next(spare);
      }
      rows.end();
    } else {
      parallel(blocks, first, threads, cols, name, problems, ids, options, read, oitRead);
    }
    if (!problems.full(0)) {
      OitCsv.tail(blocks, name, 0, problems);
    }
  }

  private static void progress(BatchOptions options, CsvBlocks blocks, long rows) {
    Consumer<BatchProgress> p = options.onProgress().orElse(null); // no lambda a block
    if (p != null) {
      p.accept(new BatchProgress(blocks.bytesRead(), rows, 0, 0));
    }
  }

  /**
   * Reads the blocks on {@code threads} threads, the calling thread one of them: each takes the next block
   * from the stream itself (one at a time: the stream and the line carried over to the next block are
   * shared), then reads its rows while another thread takes the next. A block is thus read from the stream
   * and parsed on the same core, and no thread only hands out blocks. The first other thread reads the OIT
   * file before its first block.
   */
  private void parallel(CsvBlocks blocks, CsvBlocks.Block first, int threads, WideCsv.Columns cols, String name,
      CsvProblems problems, boolean ids, BatchOptions options, Read read, Runnable oitRead) {
    Readers readers = new Readers(blocks, first, problems, options);
    AtomicReference<Throwable> failure = readers.failure;
    List<Thread> workers = new ArrayList<>();
    WideCsv.Rows mine = new WideCsv.Rows(layout, cols, name, problems, ids, blocks.lines(), options.blockSize());
    read.workers.add(mine);
    for (int t = 1; t < threads; t++) {
      WideCsv.Rows rows = new WideCsv.Rows(layout, cols, name, problems, ids, blocks.lines(), options.blockSize());
      read.workers.add(rows);
      Thread th = new Thread(new ReaderThread(readers, rows, t == 1 ? oitRead : null), "ita-batch-read-" + t);
      th.setDaemon(true);
      workers.add(th);
      th.start();
    }
    try {
      readers.read(mine);
    } catch (RuntimeException | Error e) {
      failure.compareAndSet(null, e);
    }
    boolean interrupted = false;
    for (Thread th : workers) {
      while (th.isAlive()) {
        try {
          th.join();
        } catch (InterruptedException e) {
          interrupted = true;
          failure.compareAndSet(null, e);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable f = failure.get();
    if (f instanceof InterruptedException) {
      throw new ItaException("Batch scoring interrupted", f);
    }
    if (f != null) {
      throw rethrow(f);
    }
  }

  /**
   * What the reader threads share: the stream of blocks (one thread takes the next at a time), the first
   * failure, and the rows read so far (classes rather than lambdas: the reading links none as it starts).
   */
  private static final class Readers {
    private final CsvBlocks blocks;
    private final CsvProblems problems;
    private final BatchOptions options;
    private final Thread caller = Thread.currentThread();
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final AtomicLong rowsSoFar = new AtomicLong();
    /** The block the header was read from (its rows follow the header); null once a reader took it. */
    private CsvBlocks.Block first;
    private boolean end;

    Readers(CsvBlocks blocks, CsvBlocks.Block first, CsvProblems problems, BatchOptions options) {
      this.blocks = blocks;
      this.first = first;
      this.problems = problems;
      this.options = options;
    }

    /** Reads blocks into {@code rows} until the stream ends, a thread fails or the problems are full. */
    void read(WideCsv.Rows rows) {
      byte[] spare = null;
      while (true) {
        CsvBlocks.Block b;
        synchronized (blocks) {
          if (!end && failure.get() == null && !problems.full(0)) {
            b = first;
            first = null;
            if (b == null) {
              b = blocks.next(spare);
            }
            end = b == null;
          } else {
            b = null;
          }
        }
        if (b == null) {
          rows.end(); // on this thread, beside the others' last blocks
          return;
        }
        long before = rows.rows;
        rows.block(b);
        rowsSoFar.addAndGet(rows.rows - before);
        spare = b.buf;
        if (Thread.currentThread() == caller) {
          progress(options, blocks, rowsSoFar.get());
        }
      }
    }
  }

  /** A reader thread: the OIT file first when it is the one that reads it, then blocks of responses. */
  private static final class ReaderThread implements Runnable {
    private final Readers readers;
    private final WideCsv.Rows rows;
    private final Runnable oitReadOrNull;

    ReaderThread(Readers readers, WideCsv.Rows rows, Runnable oitReadOrNull) {
      this.readers = readers;
      this.rows = rows;
      this.oitReadOrNull = oitReadOrNull;
    }

    @Override
    public void run() {
      try {
        if (oitReadOrNull != null) {
          oitReadOrNull.run();
        }
        readers.read(rows);
      } catch (Throwable e) {
        readers.failure.compareAndSet(null, e);
      }
    }
  }

  @Override
  public String toString() {
    return "BatchScorer[" + rubric.id() + "]";
  }
}
