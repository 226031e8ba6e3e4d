package io.github.itasdk.report.fuzz;

import io.github.itasdk.core.InvalidInputException;
import io.github.itasdk.core.Problem;
import io.github.itasdk.core.input.AssessmentInput;
import io.github.itasdk.core.batch.BatchOptions;
import io.github.itasdk.core.batch.BatchScorer;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.engine.ScoringEngine;
import io.github.itasdk.core.json.ItaJson;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.report.AnalysisReport;
import io.github.itasdk.report.render.Html;
import io.github.itasdk.report.render.Markdown;
import io.github.itasdk.rubrics.Rubrics;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What every fuzz case runs: read → score → card JSON → read back → report in every format, and the
 * verdict. The outcome must be a valid card whose JSON reads back byte-identical and whose report
 * renders, or an {@link InvalidInputException} whose every problem has a location; anything else —
 * another exception, an error, a hang — is a broken contract.
 */
final class Pipeline {
  /** A hang detector, not a performance bound: a case that takes this long is stuck. */
  static final long HANG_SECONDS = 120;

  /** A valid card whose reports rendered, or a typed error whose every problem is located. */
  enum Outcome { VALID, TYPED_ERROR }

  /** Counts per run, printed at the end. */
  static final class Counts {
    final AtomicLong valid = new AtomicLong();
    final AtomicLong typed = new AtomicLong();

    void add(Outcome o) {
      (o == Outcome.VALID ? valid : typed).incrementAndGet();
    }

    @Override
    public String toString() {
      return (valid.get() + typed.get()) + " cases: " + valid.get() + " valid cards (round trip "
          + "byte-identical, reports rendered), " + typed.get() + " typed errors with every problem located; "
          + "0 untyped failures, 0 hangs, 0 out-of-memory, 0 partial outputs";
    }
  }

  private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "ita-fuzz-case");
    t.setDaemon(true);
    return t;
  });

  private static String sha256(String s) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Cards already reported (SHA-256 of their JSON): many harmless edits give the same card, and reporting it again proves nothing. */
  private static final java.util.Set<String> REPORTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Pipeline() {}

  /** Runs one JSON document through the whole pipeline, within the hang bound. */
  static Outcome json(byte[] document) {
    return bounded(() -> {
      try {
        AssessmentInput in = ItaJson.readInput(new ByteArrayInputStream(document), Rubrics::find);
        Rubric rubric = Rubrics.forInput(in);
        ScoreCard card = ScoringEngine.of(rubric).score(in);
        cardAndReports(card, rubric);
        return Outcome.VALID;
      } catch (InvalidInputException e) {
        located(e);
        return Outcome.TYPED_ERROR;
      }
    });
  }

  /** Runs a responses CSV and an OIT CSV through the batch scorer, then every card as {@link #json} does. */
  static Outcome csv(byte[] responses, byte[] oit, Rubric rubric, int threads) {
    return bounded(() -> {
      List<ScoreCard> cards = new ArrayList<>();
      try {
        BatchScorer.of(rubric).score(new ByteArrayInputStream(responses), new ByteArrayInputStream(oit), cards::add,
            BatchOptions.builder().threads(threads).blockSize(256).build());
      } catch (InvalidInputException e) {
        if (!cards.isEmpty()) {
          throw new AssertionError("partial output: " + cards.size() + " cards delivered before " + e.getMessage());
        }
        located(e);
        return Outcome.TYPED_ERROR;
      }
      for (ScoreCard card : cards) {
        cardAndReports(card, rubric);
      }
      return Outcome.VALID;
    });
  }

  private static void cardAndReports(ScoreCard card, Rubric rubric) {
    String json = ItaJson.write(card);
    String again = ItaJson.write(ItaJson.readScoreCard(json));
    if (!again.equals(json)) {
      throw new AssertionError("score card JSON does not read back byte-identical:\n" + json + "\n---\n" + again);
    }
    String digest = sha256(json);
    if (REPORTED.contains(digest)) {
      return; // the same card was reported before: reports are a pure function of the card
    }
    AnalysisReport report = AnalysisReport.of(card, rubric);
    Markdown.render(report);
    Html.render(report);
    ItaJson.write(report);
    if (REPORTED.size() < 200_000) {
      REPORTED.add(digest);
    }
  }

  private static void located(InvalidInputException e) {
    if (e.problems().isEmpty()) {
      throw new AssertionError("an InvalidInputException without problems: " + e.getMessage());
    }
    for (Problem p : e.problems()) {
      if (p.location().isBlank() || p.message().isBlank()) {
        throw new AssertionError("a problem without location or message: " + p);
      }
      if (p.message().contains("StreamReadConstraints") || p.message().contains("Source: ")
          || p.message().contains("com.fasterxml")) {
        throw new AssertionError("Jackson internals in a message: " + p);
      }
    }
  }

  private static Outcome bounded(java.util.concurrent.Callable<Outcome> c) {
    Future<Outcome> f = RUNNER.submit(c);
    try {
      return f.get(HANG_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new AssertionError("hang: no outcome within " + HANG_SECONDS + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException e) {
      Throwable t = e.getCause();
      if (t instanceof AssertionError a) {
        throw a;
      }
      throw new AssertionError("untyped failure: " + t, t);
    }
  }
}
