package io.github.itasdk.core.internal;

import io.github.itasdk.core.rubric.AnswerScale;
import io.github.itasdk.core.rubric.Polarity;
import io.github.itasdk.core.rubric.Rubric;
import java.math.BigInteger;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the engine compiles from one rubric, kept with the rubric instance: the linear model of each input
 * pattern, and each answer scale's points over a common denominator. The linear models are compiled once per
 * input pattern (the cache is a
 * lazy attribute of the immutable rubric, reached here through a private lookup as {@link CardBuilders}
 * reaches the card's builders). A cohort's agencies share a handful of patterns, so the engine compiles a
 * model a few times per run rather than once per agency. A model depends only on the rubric and the
 * pattern, so a kept one is the one a new compilation would give. Thread-safe; holds at most
 * {@value #MAX} models, and compiles without keeping any beyond that. Not API.
 */
public final class ModelCache {
  /** Patterns kept per rubric: far more than a cohort has (8,300 agencies of FY2566 share a few). */
  static final int MAX = 256;
  private static final Models MODELS = find();

  private final Rubric rubric;
  private final Map<Object, LinearModel> models = new ConcurrentHashMap<>();
  private final Map<String, Points[]> points = new ConcurrentHashMap<>();
  private final Map<String, SurveyQuestion> questions = new ConcurrentHashMap<>();
  private final Map<io.github.itasdk.core.rubric.ToolKind, SurveyQuestion[]> surveys = new ConcurrentHashMap<>();

  /**
   * @param tool a surveyed tool of this rubric
   * @return its questions as the engine reads them, in rubric order (indicator by indicator)
   */
  public SurveyQuestion[] survey(io.github.itasdk.core.rubric.Tool tool) {
    SurveyQuestion[] found = surveys.get(tool.tool());
    if (found == null) {
      java.util.List<SurveyQuestion> qs = new java.util.ArrayList<>(); // loops, not streams and lambdas: a
      for (io.github.itasdk.core.rubric.Indicator i : tool.indicators()) { // cold process links and compiles none
        for (io.github.itasdk.core.rubric.Question q : i.questions()) {
          qs.add(question(q));
        }
      }
      found = qs.toArray(new SurveyQuestion[0]);
      surveys.putIfAbsent(tool.tool(), found);
    }
    return found;
  }

  /**
   * A survey question as the engine reads it on every run, worked out once: its scale, the points of each
   * sub-item (read with its polarity) over the scale's common denominator, and its weight.
   *
   * @param question the question
   * @param scale the question's answer scale
   * @param subItems each sub-item's points
   * @param weight the question's weight in its indicator
   * @param provisional the provisional rubric elements it rests on, in card order, as pairs of element
   *     ({@code question e4}, {@code scale agree4}) and note; empty when none is
   */
  public record SurveyQuestion(io.github.itasdk.core.rubric.Question question, AnswerScale scale, Points[] subItems,
      Ratio weight, String[] provisional) {}

  /**
   * @param q a survey question of this rubric
   * @return what the engine reads of it on every run
   */
  public SurveyQuestion question(io.github.itasdk.core.rubric.Question q) {
    SurveyQuestion found = questions.get(q.id());
    if (found == null) {
      AnswerScale scale = rubric.scaleOf(q);
      Points[] subs = new Points[q.subItems().size()];
      for (int s = 0; s < subs.length; s++) {
        subs[s] = points(scale, q.subItems().get(s).polarity());
      }
      java.util.List<String> prov = new java.util.ArrayList<>();
      if (q.provenance().isProvisional()) {
        prov.add("question " + q.id());
        prov.add(note(q.provenance().note().orElse("")));
      }
      if (scale.provenance().isProvisional()) {
        prov.add("scale " + scale.id());
        prov.add(note(scale.provenance().note().orElse("")));
      }
      found = new SurveyQuestion(q, scale, subs, Ratio.of(q.weight()), prov.toArray(new String[0]));
      questions.putIfAbsent(q.id(), found);
    }
    return found;
  }

  /**
   * A scale's points for each chosen level (index 0 unused), read with a polarity, as integers over one
   * common denominator, so that a question's sum of points × answers is a sum of integers.
   *
   * @param denominator the least common denominator of the points
   * @param numerators each chosen level's points × the denominator
   * @param longDenominator the denominator as a long, or 0 when a value does not fit one
   * @param longNumerators the numerators as longs, or null when a value does not fit one
   */
  public record Points(BigInteger denominator, BigInteger[] numerators, long longDenominator, long[] longNumerators) {}

  /** @param rubric a validated rubric: made once per rubric instance, by the rubric itself */
  public ModelCache(Rubric rubric) {
    this.rubric = rubric;
  }

  /**
   * The rubric package's way to the models kept with a rubric instance (implemented there, where they can be
   * read): looked up once, then called directly. A method handle called for every card and tally had its
   * own bytecode spun at run time once it had been called a hundred times, in the middle of a batch.
   */
  public interface Models {
    /** @param rubric a rubric @return the models kept with that instance */
    ModelCache of(Rubric rubric);
  }

  private static Models find() {
    try {
      return (Models) MethodHandles.privateLookupIn(Rubric.class, MethodHandles.lookup())
          .findStatic(Rubric.class, "modelsAccess", MethodType.methodType(Models.class)).invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new ExceptionInInitializerError(t);
    }
  }

  /** @param rubric a rubric @return the models kept with that rubric instance */
  public static ModelCache of(Rubric rubric) {
    return MODELS.of(rubric);
  }

  /**
   * @param key what determines the pattern, compared with {@code equals}: equal keys must give equal patterns;
   *     null to compile without keeping the model
   * @param pattern the pattern, made only when no model is kept for the key
   * @return the model of the rubric under that pattern
   */
  public LinearModel model(Object key, Supplier<LinearModel.Pattern> pattern) {
    LinearModel m = key == null ? null : models.get(key);
    if (m == null) {
      m = LinearModel.of(rubric, pattern.get());
      if (key != null && models.size() < MAX) {
        LinearModel kept = models.putIfAbsent(key, m);
        m = kept == null ? m : kept;
      }
    }
    return m;
  }

  /**
   * @param scale a scale of this rubric
   * @param polarity how a sub-item reads it
   * @return the points of each chosen level over their common denominator
   */
  public Points points(AnswerScale scale, Polarity polarity) {
    Points[] byPolarity = points.get(scale.id());
    if (byPolarity == null) {
      byPolarity = new Points[Polarity.values().length];
      for (Polarity p : Polarity.values()) {
        byPolarity[p.ordinal()] = compile(scale, p);
      }
      Points[] before = points.putIfAbsent(scale.id(), byPolarity);
      if (before != null) {
        byPolarity = before;
      }
    }
    return byPolarity[polarity.ordinal()];
  }

  private static Points compile(AnswerScale scale, Polarity polarity) {
    int k = scale.size();
    Ratio[] pts = new Ratio[k + 1];
    BigInteger den = BigInteger.ONE;
    for (int level = 1; level <= k; level++) {
      pts[level] = Ratio.parse(scale.scoredLevel(level, polarity).points());
      BigInteger d = pts[level].denominator();
      den = den.divide(den.gcd(d)).multiply(d);
    }
    BigInteger[] nums = new BigInteger[k + 1];
    long[] longNums = new long[k + 1];
    boolean fits = den.bitLength() < 63;
    for (int level = 1; level <= k; level++) {
      nums[level] = pts[level].numerator().multiply(den.divide(pts[level].denominator()));
      fits &= nums[level].bitLength() < 63;
      longNums[level] = nums[level].longValue();
    }
    return fits ? new Points(den, nums, den.longValue(), longNums) : new Points(den, nums, 0, null);
  }

  /**
   * The figures a score card may hold, in the card's order: each list rubric tool by tool, a tool's own
   * figures before its parts', an indicator's groups and questions after it.
   *
   * @param tools tool and EIT part nodes
   * @param indicators indicator nodes, whole and per part
   * @param groups OIT group nodes
   * @param questions question and OIT item nodes, whole and per part
   */
  public record CardOrder(LinearModel.Node[] tools, LinearModel.Node[] indicators, LinearModel.Node[] groups,
      LinearModel.Node[] questions) {}

  private volatile CardOrder cardOrder;

  /** @return the figures a card of this rubric may hold, in card order */
  public CardOrder cardOrder() {
    CardOrder found = cardOrder;
    if (found == null) {
      java.util.List<LinearModel.Node> tools = new java.util.ArrayList<>();
      java.util.List<LinearModel.Node> indicators = new java.util.ArrayList<>();
      java.util.List<LinearModel.Node> groups = new java.util.ArrayList<>();
      java.util.List<LinearModel.Node> questions = new java.util.ArrayList<>();
      for (io.github.itasdk.core.rubric.Tool tool : rubric.tools()) {
        java.util.List<io.github.itasdk.core.rubric.Part> parts = new java.util.ArrayList<>();
        parts.add(null);
        parts.addAll(tool.parts());
        for (io.github.itasdk.core.rubric.Part p : parts) {
          tools.add(LinearModel.Node.tool(io.github.itasdk.core.rubric.ToolPart.of(tool.tool(), p)));
        }
        for (io.github.itasdk.core.rubric.Indicator ind : tool.indicators()) {
          for (io.github.itasdk.core.rubric.Part p : parts) {
            indicators.add(LinearModel.Node.indicator(ind.number(), p));
          }
          for (io.github.itasdk.core.rubric.Group g : ind.groups()) {
            groups.add(LinearModel.Node.of(LinearModel.Level.GROUP, g.id(), null));
          }
          for (io.github.itasdk.core.rubric.Question q : ind.allQuestions()) {
            for (io.github.itasdk.core.rubric.Part p : parts) {
              questions.add(LinearModel.Node.question(q.id(), p));
            }
          }
        }
      }
      LinearModel.Node[] none = new LinearModel.Node[0];
      found = new CardOrder(tools.toArray(none), indicators.toArray(none), groups.toArray(none), questions.toArray(none));
      cardOrder = found;
    }
    return found;
  }

  private final Map<String, String> notes = new ConcurrentHashMap<>();

  /**
   * @param note a provisional note's text
   * @return one instance per text: a card groups provisional elements by note, and equal notes that are the
   *     same instance compare at once
   */
  String note(String note) {
    String kept = notes.putIfAbsent(note, note);
    return kept == null ? note : kept;
  }

  private volatile ScoringPlan plan;

  /** @return the rubric's figures numbered and what a run reads of it, as arrays; made once */
  public ScoringPlan plan() {
    ScoringPlan found = plan;
    if (found == null) {
      found = new ScoringPlan(rubric, this);
      plan = found; // two threads may both make one: equal plans, either kept
    }
    return found;
  }

  private final Map<java.math.BigDecimal, Ratio> weights = new ConcurrentHashMap<>();

  /**
   * @param weight a weight of this rubric (an OIT item's or group's, an EIT part's)
   * @return it as a ratio, converted once
   */
  public Ratio weight(java.math.BigDecimal weight) {
    Ratio found = weights.get(weight);
    if (found == null) {
      found = Ratio.of(weight);
      weights.putIfAbsent(weight, found);
    }
    return found;
  }

  private final Map<Object, Object> kept = new ConcurrentHashMap<>();

  /**
   * What a caller compiles from this rubric and a model, kept like the models: made once per key (at most
   * {@value #MAX} kept; beyond that, made each time). A kept value is shared between threads, so it must be
   * immutable (arrays in it never written after it is made), and must be what a new making would give.
   *
   * @param key what decides the value, compared with {@code equals}, of a type of the caller's own (so that
   *     callers' keys never meet)
   * @param make makes the value
   * @param <T> the value's type, the same for every key of the key's type
   * @return the value
   */
  @SuppressWarnings("unchecked")
  public <T> T kept(Object key, Supplier<T> make) {
    Object found = kept.get(key);
    if (found == null) {
      found = make.get();
      if (kept.size() < MAX) {
        Object earlier = kept.putIfAbsent(key, found);
        found = earlier == null ? found : earlier;
      }
    }
    return (T) found;
  }

  /** @return how many models are kept */
  int size() {
    return models.size();
  }

  @Override
  public String toString() {
    return "ModelCache[" + rubric.id() + ", " + models.size() + " models]";
  }
}
