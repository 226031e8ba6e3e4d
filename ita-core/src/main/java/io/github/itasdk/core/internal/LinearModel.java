package io.github.itasdk.core.internal;

import io.github.itasdk.core.Scores;
import io.github.itasdk.core.card.Figure;
import io.github.itasdk.core.card.FigureLevel;
import io.github.itasdk.core.card.Origin;
import io.github.itasdk.core.card.ScoreCard;
import io.github.itasdk.core.policy.ToolWeight;
import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import io.github.itasdk.core.rubric.ToolPart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A rubric's scoring as one exact linear map, compiled for one input pattern. ITA scoring is linear until
 * the rating: every figure (question, group, indicator, tool or EIT part, total) is a weighted mean of the
 * figures below it, so each is a sum of coefficient × leaf over the leaves it rests on. A leaf is a figure
 * whose value comes from outside the arithmetic: a question (per EIT part) scored from answers, an OIT
 * item's assessment, or a figure given (published) at any level, which hides everything below it.
 *
 * <p>The coefficients depend only on the rubric and the {@link Pattern}: which figures are given, which
 * OIT items are excluded, which questions and items have data, which EIT parts have data. They are exact
 * ({@link Ratio}); a caller that needs speed (the bootstrap) may evaluate them in {@code double}, but takes
 * them from here. Immutable and safe to share between threads. Not part of the public API.
 *
 * <p>The model mirrors the engine's rules, node by node: a given figure wins over the one computed from
 * below; an OIT group's mean is over its items that are not excluded; a split tool's combined question,
 * indicator and tool are the weighted mean of its parts where every part is known, else computed from the
 * combined figures below; in the total a split tool enters through its parts where all are known, else
 * through its whole with the parts' summed weight, else (when the input allows it) through its one part
 * with data, again with the summed weight.
 */
public final class LinearModel {
  private static final Ratio HUNDRED = Ratio.of(Scores.MAX);

  /** The level of a node; the names are those of the engine's figure levels. */
  public enum Level {
    /** A question (IIT, EIT, per EIT part or combined) or an OIT item. */
    QUESTION,
    /** An OIT sub-indicator. */
    GROUP,
    /** An indicator (per EIT part or combined). */
    INDICATOR,
    /** A tool or an EIT part. */
    TOOL,
    /** The total. */
    TOTAL
  }

  /**
   * A figure of the rubric: level, id and EIT part (null for a whole tool's figure).
   *
   * @param level the level
   * @param id the question or item id, group id, indicator number, tool name, or {@code total}
   * @param part the EIT part, or null
   */
  public record Node(Level level, String id, Part part) {
    /** The total. */
    public static final Node TOTAL = new Node(Level.TOTAL, "total", null);

    /** @param level level @param id id @param part part or null @return the node */
    public static Node of(Level level, String id, Part part) {
      return new Node(level, id, part);
    }

    /** @param tp a tool or EIT part @return its tool node */
    public static Node tool(ToolPart tp) {
      return new Node(Level.TOOL, tp.tool().name(), tp.part());
    }

    /** @param number indicator number @param part part or null @return the indicator node */
    public static Node indicator(int number, Part part) {
      return new Node(Level.INDICATOR, indicatorId(number), part);
    }

    /** Indicator ids as strings, made once: a node's hash and equality then read a kept string. */
    private static final String[] INDICATOR_IDS = new String[32];

    static {
      for (int i = 0; i < INDICATOR_IDS.length; i++) {
        INDICATOR_IDS[i] = Integer.toString(i);
      }
    }

    /** @param number an indicator's number @return its id, as figures and nodes name it */
    public static String indicatorId(int number) {
      return number >= 0 && number < INDICATOR_IDS.length ? INDICATOR_IDS[number] : Integer.toString(number);
    }

    /** @param id question id @param part part or null @return the question node */
    public static Node question(String id, Part part) {
      return new Node(Level.QUESTION, id, part);
    }

    // equals and hashCode written out: a record's generated ones are linked at run time on first use (method
    // handles spun in the interpreter), which costs a one-agency command milliseconds of start-up

    @Override
    public boolean equals(Object o) {
      return o instanceof Node n && level == n.level && part == n.part && Objects.equals(id, n.id);
    }

    @Override
    public int hashCode() {
      return (Objects.hashCode(id) * 31 + level.ordinal()) * 3 + (part == null ? 0 : part.ordinal() + 1);
    }

    @Override
    public String toString() {
      return level.name().toLowerCase(java.util.Locale.ROOT) + " " + id + (part == null ? "" : " (" + part + ")");
    }
  }

  /**
   * What of an input decides the coefficients.
   *
   * @param given the figures given (published), except the total, which is only checked
   * @param excluded OIT items excluded from their group's mean (and not given)
   * @param measured questions (per EIT part) with answers and OIT items with an assessment
   * @param withData the tools and EIT parts the input has any data for (answers or figures)
   * @param oneEitPart whether a split tool may be scored from its one part with data
   */
  public record Pattern(Set<Node> given, Set<String> excluded, Set<Node> measured, Set<ToolPart> withData,
      boolean oneEitPart) {
    /** Copies the sets. */
    public Pattern {
      given = Set.copyOf(given);
      excluded = Set.copyOf(excluded);
      measured = Set.copyOf(measured);
      withData = Set.copyOf(withData);
    }

    /**
     * The pattern of a score card's figures: what was given, and the question and item figures computed from
     * answers and assessments. A split tool's part with no figure on the card had no data; a card with one part
     * only was scored from that part.
     *
     * @param rubric the card's rubric
     * @param given the card's given figures
     * @param computedQuestions the card's computed question (and OIT item) figures
     * @param excluded the card's excluded OIT items
     * @return the pattern
     */
    public static Pattern ofCard(Rubric rubric, Set<Node> given, Set<Node> computedQuestions, Set<String> excluded) {
      Set<ToolPart> withData = new java.util.HashSet<>();
      for (Set<Node> s : List.of(given, computedQuestions)) {
        for (Node n : s) {
          rubric.tools().stream().filter(t -> n.part() != null && t.parts().contains(n.part()))
              .forEach(t -> withData.add(ToolPart.of(t.tool(), n.part())));
        }
      }
      return new Pattern(given, excluded, computedQuestions, withData, true);
    }
  }

  /**
   * What a given figure and the known figures below it imply for the unknown ones.
   *
   * @param given the given node
   * @param known the children with a value, in rubric order
   * @param unknown the children without one, in rubric order
   * @param mean the weighted mean the unknown children must have (their value, when there is one)
   */
  public record Implied(Node given, List<Node> known, List<Node> unknown, Ratio mean) {
    /** @return whether the implied mean lies outside 0–100, so the figures cannot all be true */
    public boolean impossible() {
      return mean.signum() < 0 || mean.compareTo(HUNDRED) > 0;
    }
  }

  private final Rubric rubric;
  private final Pattern pattern;
  /** Each known node that is not a leaf: its value as coefficients of the nodes right below it. */
  private final Map<Node, Map<Node, Ratio>> direct = new LinkedHashMap<>();
  /** The rubric's ways of computing a node from the nodes below it (two for a split tool's combined figures). */
  private final Map<Node, List<Map<Node, Ratio>>> structure = new LinkedHashMap<>();
  private final Set<Node> leaves = new java.util.LinkedHashSet<>();
  /** Each known node's value as coefficients of leaves. */
  private final Map<Node, Map<Node, Ratio>> flat = new LinkedHashMap<>();
  private final Map<ToolKind, Part> onePart = new LinkedHashMap<>();

  private LinearModel(Rubric rubric, Pattern pattern) {
    this.rubric = rubric;
    this.pattern = pattern;
    for (Tool tool : rubric.tools()) {
      if (tool.tool() == ToolKind.OIT) {
        compileOit(tool);
      } else if (tool.hasParts()) {
        for (Part p : tool.parts()) {
          compileSurvey(tool, p);
        }
        compileCombined(tool);
      } else {
        compileSurvey(tool, null);
      }
    }
    compileTotal();
    for (Node n : leaves) {
      flat.put(n, Map.of(n, Ratio.ONE));
    }
    for (Node n : direct.keySet()) {
      flatten(n);
    }
  }

  /**
   * @param rubric a validated rubric
   * @param pattern what of the input decides the coefficients
   * @return the model
   */
  public static LinearModel of(Rubric rubric, Pattern pattern) {
    return new LinearModel(Objects.requireNonNull(rubric), Objects.requireNonNull(pattern));
  }

  /**
   * The model of a score card: its given figures and its computed question and item figures are the leaves,
   * as when it was scored. What the bootstrap and the improvement planner evaluate. Compiled once per
   * pattern and rubric instance ({@link ModelCache}: cards of the same pattern share one model).
   *
   * @param rubric the card's rubric
   * @param card the card
   * @return the model
   */
  public static LinearModel ofCard(Rubric rubric, ScoreCard card) {
    // the figures that decide the pattern, written out in card order: equal shapes give equal patterns, so
    // a kept model is found without making the pattern
    StringBuilder shape = new StringBuilder(2048);
    List<List<Figure>> levels = List.of(card.tools(), card.indicators(), card.groups(), card.questions());
    for (int l = 0; l < levels.size(); l++) {
      for (Figure f : levels.get(l)) {
        if (f.origin() == Origin.GIVEN || l == 3) {
          shape.append(f.origin() == Origin.GIVEN ? 'g' : 'c').append(l).append(f.id()).append('\u0000')
              .append(f.part().map(Part::name).orElse("")).append('\u0001');
        }
      }
    }
    card.excludedItems().forEach(a -> shape.append('x').append(a.item()).append('\u0001'));
    return ModelCache.of(rubric).model(new CardShape(shape.toString()), () -> patternOf(rubric, card));
  }

  /** A card's figures as {@link #ofCard} writes them out: a key of its own type among the kept models. */
  private record CardShape(String figures) {}

  private static Pattern patternOf(Rubric rubric, ScoreCard card) {
    Set<Node> given = new java.util.HashSet<>();
    Set<Node> computed = new java.util.HashSet<>();
    Map<FigureLevel, List<Figure>> all = Map.of(FigureLevel.TOOL, card.tools(), FigureLevel.INDICATOR,
        card.indicators(), FigureLevel.GROUP, card.groups(), FigureLevel.QUESTION, card.questions());
    all.forEach((level, figures) -> figures.forEach(f -> {
      Node n = Node.of(Level.valueOf(level.name()), f.id(), f.part().orElse(null));
      if (f.origin() == Origin.GIVEN) {
        given.add(n);
      } else if (level == FigureLevel.QUESTION) {
        computed.add(n);
      }
    }));
    Set<String> excluded = new java.util.HashSet<>();
    card.excludedItems().forEach(a -> excluded.add(a.item()));
    return Pattern.ofCard(rubric, given, computed, excluded);
  }

  /** @return the rubric */
  public Rubric rubric() {
    return rubric;
  }

  /** @return the pattern compiled for */
  public Pattern pattern() {
    return pattern;
  }

  /** @param node a node @return whether the pattern gives it a value */
  public boolean isKnown(Node node) {
    return leaves.contains(node) || direct.containsKey(node);
  }

  /** @return the leaves, in rubric order */
  public Set<Node> leaves() {
    return Collections.unmodifiableSet(leaves);
  }

  /**
   * @param node a known node
   * @return its value as coefficients of the nodes right below it (empty for a leaf or an unknown node)
   */
  public Map<Node, Ratio> direct(Node node) {
    return direct.getOrDefault(node, Map.of());
  }

  /**
   * @param node a node
   * @return its value as coefficients of the leaves it rests on (empty when unknown); the coefficients of a
   *     known node sum to 1
   */
  public Map<Node, Ratio> terms(Node node) {
    return flat.getOrDefault(node, Map.of());
  }

  /**
   * The coefficient of one node in another: how much {@code in} moves when {@code of} moves by 1.
   *
   * @param of a node (a leaf, or a node between the leaves and {@code in})
   * @param in a known node
   * @return the coefficient, zero when {@code in} does not rest on {@code of}
   */
  public Ratio coefficient(Node of, Node in) {
    if (of.equals(in)) {
      return Ratio.ONE;
    }
    Map<Node, Ratio> leafTerms = flat.get(of);
    if (leafTerms != null && leaves.contains(of)) {
      return terms(in).getOrDefault(of, Ratio.ZERO);
    }
    Ratio sum = Ratio.ZERO;
    for (Map.Entry<Node, Ratio> e : direct(in).entrySet()) {
      Ratio c = coefficient(of, e.getKey());
      if (c.signum() != 0) {
        sum = sum.add(c.multiply(e.getValue()));
      }
    }
    return sum;
  }

  /** @return the split tool scored from one part and the part, where the pattern does that */
  public Map<ToolKind, Part> onePart() {
    return Collections.unmodifiableMap(onePart);
  }

  /**
   * @param node a known node
   * @param leafValue the value of each leaf
   * @return the node's value, exactly
   * @throws IllegalArgumentException when the node is unknown
   */
  public Ratio evaluate(Node node, Function<Node, Ratio> leafValue) {
    Map<Node, Ratio> t = flat.get(node);
    if (t == null) {
      throw new IllegalArgumentException("no value for " + node + " under this pattern");
    }
    Ratio sum = Ratio.ZERO;
    for (Map.Entry<Node, Ratio> e : t.entrySet()) {
      sum = sum.add(e.getValue().multiply(leafValue.apply(e.getKey())));
    }
    return sum;
  }

  /**
   * What a given figure implies for the figures right below it that have no value. For each way the rubric
   * computes the node with some children known and some not: the weighted mean the unknown children must
   * have for the given figure to hold.
   *
   * @param node a given node
   * @param value its given value
   * @param known the value of a node, or null when it has none
   * @return one result per way of computing the node that leaves something unknown below a known part
   */
  public List<Implied> implied(Node node, Ratio value, Function<Node, Ratio> known) {
    List<Implied> out = new ArrayList<>();
    for (Map<Node, Ratio> form : structure.getOrDefault(node, List.of())) {
      List<Node> k = new ArrayList<>();
      List<Node> u = new ArrayList<>();
      Ratio budget = value;
      Ratio unknownWeight = Ratio.ZERO;
      for (Map.Entry<Node, Ratio> e : form.entrySet()) {
        Ratio v = known.apply(e.getKey());
        if (v == null) {
          u.add(e.getKey());
          unknownWeight = unknownWeight.add(e.getValue());
        } else {
          k.add(e.getKey());
          budget = budget.subtract(e.getValue().multiply(v));
        }
      }
      if (!k.isEmpty() && !u.isEmpty()) {
        out.add(new Implied(node, List.copyOf(k), List.copyOf(u), budget.divide(unknownWeight)));
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ compilation

  private boolean leaf(Node n, boolean measured) {
    if (pattern.given().contains(n) || measured) {
      leaves.add(n);
      return true;
    }
    return false;
  }

  /** Records a way of computing {@code n} and, when every child is known, makes it n's value. */
  private boolean mean(Node n, List<Node> children, List<Ratio> weights, boolean value) {
    Map<Node, Ratio> form = new LinkedHashMap<>();
    Ratio sum = Ratio.ZERO;
    for (Ratio w : weights) {
      sum = sum.add(w);
    }
    boolean allKnown = true;
    for (int i = 0; i < children.size(); i++) {
      addTo(form, children.get(i), weights.get(i).divide(sum));
      allKnown &= isKnown(children.get(i));
    }
    List<Map<Node, Ratio>> ways = structure.get(n);
    if (ways == null) {
      ways = new ArrayList<>();
      structure.put(n, ways);
    }
    ways.add(Collections.unmodifiableMap(form));
    if (value && !isKnown(n) && !children.isEmpty() && allKnown) {
      direct.put(n, Collections.unmodifiableMap(form));
      return true;
    }
    return false;
  }

  /** Adds v to m's value at k (m's order kept: a new key goes last). */
  private static void addTo(Map<Node, Ratio> m, Node k, Ratio v) {
    Ratio old = m.get(k);
    m.put(k, old == null ? v : old.add(v));
  }

  /** @return the node of each of the tool's parts: {@code level} {@code id} (part) */
  private static List<Node> perPart(Tool tool, Level level, String id) {
    List<Node> out = new ArrayList<>();
    for (Part p : tool.parts()) {
      out.add(Node.of(level, id, p));
    }
    return out;
  }

  private static List<Ratio> equal(int n) {
    return Collections.nCopies(n, Ratio.ONE);
  }

  private void compileSurvey(Tool tool, Part part) {
    List<Node> indicators = new ArrayList<>();
    for (Indicator ind : tool.indicators()) {
      List<Node> qs = new ArrayList<>();
      List<Ratio> ws = new ArrayList<>();
      for (Question q : ind.questions()) {
        Node qn = Node.question(q.id(), part);
        leaf(qn, pattern.measured().contains(qn));
        qs.add(qn);
        ws.add(Ratio.of(q.weight()));
      }
      Node in = Node.indicator(ind.number(), part);
      boolean given = leaf(in, false);
      mean(in, qs, ws, !given);
      indicators.add(in);
    }
    Node tn = Node.tool(ToolPart.of(tool.tool(), part));
    boolean given = leaf(tn, false);
    mean(tn, indicators, equal(indicators.size()), !given);
  }

  private List<Ratio> partWeights(Tool tool) {
    List<Ratio> out = new ArrayList<>();
    for (Part p : tool.parts()) {
      Optional<java.math.BigDecimal> w = rubric.weighting().weightOf(ToolPart.of(tool.tool(), p));
      out.add(w.isPresent() ? Ratio.of(w.get()) : Ratio.ONE);
    }
    return Collections.unmodifiableList(out);
  }

  private void compileCombined(Tool tool) {
    List<Ratio> pw = partWeights(tool);
    List<Node> indicators = new ArrayList<>();
    for (Indicator ind : tool.indicators()) {
      List<Node> qs = new ArrayList<>();
      List<Ratio> ws = new ArrayList<>();
      for (Question q : ind.questions()) {
        Node qn = Node.question(q.id(), null);
        boolean given = leaf(qn, false);
        mean(qn, perPart(tool, Level.QUESTION, q.id()), pw, !given);
        qs.add(qn);
        ws.add(Ratio.of(q.weight()));
      }
      Node in = Node.indicator(ind.number(), null);
      boolean given = leaf(in, false);
      boolean fromParts = mean(in, perPart(tool, Level.INDICATOR, Node.indicatorId(ind.number())), pw, !given);
      mean(in, qs, ws, !given && !fromParts);
      indicators.add(in);
    }
    Node tn = Node.tool(ToolPart.of(tool.tool()));
    boolean given = leaf(tn, false);
    boolean fromParts = mean(tn, perPart(tool, Level.TOOL, tool.tool().name()), pw, !given);
    mean(tn, indicators, equal(indicators.size()), !given && !fromParts);
  }

  private void compileOit(Tool tool) {
    List<Node> indicators = new ArrayList<>();
    for (Indicator ind : tool.indicators()) {
      List<Node> groups = new ArrayList<>();
      List<Ratio> gws = new ArrayList<>();
      for (Group g : ind.groups()) {
        List<Node> items = new ArrayList<>();
        List<Ratio> ws = new ArrayList<>();
        for (Question item : g.items()) {
          Node qn = Node.question(item.id(), null);
          if (pattern.excluded().contains(item.id()) && !pattern.given().contains(qn)) {
            continue;
          }
          leaf(qn, pattern.measured().contains(qn));
          items.add(qn);
          ws.add(Ratio.of(item.weight()));
        }
        Node gn = Node.of(Level.GROUP, g.id(), null);
        boolean given = leaf(gn, false);
        if (!items.isEmpty()) {
          mean(gn, items, ws, !given);
        }
        groups.add(gn);
        gws.add(Ratio.of(g.weight()));
      }
      Node in = Node.indicator(ind.number(), null);
      boolean given = leaf(in, false);
      mean(in, groups, gws, !given);
      indicators.add(in);
    }
    Node tn = Node.tool(ToolPart.of(tool.tool()));
    boolean given = leaf(tn, false);
    mean(tn, indicators, equal(indicators.size()), !given);
  }

  private void compileTotal() {
    Map<ToolKind, List<ToolWeight>> byTool = new LinkedHashMap<>();
    for (ToolWeight w : rubric.weighting().weights()) {
      List<ToolWeight> ws = byTool.get(w.tool());
      if (ws == null) {
        ws = new ArrayList<>();
        byTool.put(w.tool(), ws);
      }
      ws.add(w);
    }
    Ratio wsum = Ratio.ZERO;
    for (ToolWeight w : rubric.weighting().weights()) {
      wsum = wsum.add(Ratio.of(w.weight()));
    }
    Map<Node, Ratio> form = new LinkedHashMap<>();
    boolean known = true;
    for (Map.Entry<ToolKind, List<ToolWeight>> e : byTool.entrySet()) {
      List<ToolWeight> ws = e.getValue();
      Ratio toolWeight = Ratio.ZERO;
      boolean allKnown = true;
      for (ToolWeight w : ws) {
        toolWeight = toolWeight.add(Ratio.of(w.weight()));
        allKnown &= isKnown(Node.tool(w.toolPart()));
      }
      toolWeight = toolWeight.divide(wsum);
      if (allKnown) {
        for (ToolWeight w : ws) {
          form.put(Node.tool(w.toolPart()), Ratio.of(w.weight()).divide(wsum));
        }
        continue;
      }
      Node whole = Node.tool(ToolPart.of(e.getKey()));
      if (ws.get(0).part().isEmpty()) {
        known = false;
      } else if (isKnown(whole)) {
        form.put(whole, toolWeight);
      } else {
        Optional<Part> one = onePart(rubric.tool(e.getKey()));
        if (one.isPresent()) {
          Node part = Node.tool(ToolPart.of(e.getKey(), one.get()));
          direct.put(whole, Map.of(part, Ratio.ONE));
          onePart.put(e.getKey(), one.get());
          form.put(part, toolWeight);
        } else {
          known = false;
        }
      }
    }
    structure.put(Node.TOTAL, List.of(Collections.unmodifiableMap(form)));
    if (known) {
      direct.put(Node.TOTAL, Collections.unmodifiableMap(form));
    }
  }

  /** The one part of a split tool that has a value, when the others have no data and the pattern allows it. */
  private Optional<Part> onePart(Tool tool) {
    List<Part> withValue = new ArrayList<>();
    for (Part p : tool.parts()) {
      if (isKnown(Node.tool(ToolPart.of(tool.tool(), p)))) {
        withValue.add(p);
      } else if (pattern.withData().contains(ToolPart.of(tool.tool(), p))) {
        return Optional.empty();
      }
    }
    return withValue.size() == 1 && pattern.oneEitPart() ? Optional.of(withValue.get(0)) : Optional.empty();
  }

  private Map<Node, Ratio> flatten(Node n) {
    Map<Node, Ratio> done = flat.get(n);
    if (done != null) {
      return done;
    }
    Map<Node, Ratio> out = new LinkedHashMap<>();
    for (Map.Entry<Node, Ratio> e : direct.get(n).entrySet()) {
      for (Map.Entry<Node, Ratio> t : flatten(e.getKey()).entrySet()) {
        addTo(out, t.getKey(), t.getValue().multiply(e.getValue()));
      }
    }
    Map<Node, Ratio> result = Collections.unmodifiableMap(out);
    flat.put(n, result);
    return result;
  }

  @Override
  public String toString() {
    return "LinearModel[" + rubric.id() + ", " + leaves.size() + " leaves, total " + terms(Node.TOTAL).size()
        + " terms]";
  }
}
