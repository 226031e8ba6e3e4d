package io.github.itasdk.core.internal;

import io.github.itasdk.core.rubric.Group;
import io.github.itasdk.core.rubric.Indicator;
import io.github.itasdk.core.rubric.Part;
import io.github.itasdk.core.rubric.Question;
import io.github.itasdk.core.rubric.Rubric;
import io.github.itasdk.core.rubric.Tool;
import io.github.itasdk.core.rubric.ToolKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the engine reads of a rubric on every run, laid out once as arrays: every figure the rubric can
 * have (a {@link LinearModel.Node}) numbered, so that a run keeps its values in arrays indexed by that number
 * rather than in a table hashed by node; the card's figure order as those numbers; each surveyed tool's
 * questions with where their counters lie in a {@link Tally} and the numbers of their figures per EIT part;
 * the OIT's items and groups with their weights as ratios. Made once per rubric instance (kept by
 * {@link ModelCache}); immutable, safe to share between threads. Not API.
 */
public final class ScoringPlan {
  /** The part slots: 0 for a whole tool's figures, 1 + the part's ordinal for a part's. */
  private static final int SLOTS = Part.values().length + 1;

  private final LinearModel.Node[] nodes;
  private final Map<LinearModel.Node, Integer> index;
  private final int total;
  private final int[] cardTools;
  private final int[] cardIndicators;
  private final int[] cardGroups;
  private final int[] cardQuestions;
  /** Per tool weight of the rubric's weighting, in order: the number of its tool (or part) figure, or -1. */
  private final int[] weightNodes;
  /** Per node number × (given?, provisional?): the node's card figure but for its score (0.00). */
  private final io.github.itasdk.core.card.Figure[] templates;
  private final Survey[] surveys = new Survey[ToolKind.values().length];
  private final Oit oit;

  ScoringPlan(Rubric rubric, ModelCache cache) {
    ModelCache.CardOrder order = cache.cardOrder();
    List<LinearModel.Node> all = new ArrayList<>();
    all.addAll(List.of(order.tools()));
    all.addAll(List.of(order.indicators()));
    all.addAll(List.of(order.groups()));
    all.addAll(List.of(order.questions()));
    all.add(LinearModel.Node.TOTAL);
    nodes = all.toArray(new LinearModel.Node[0]);
    index = new HashMap<>(nodes.length * 2);
    for (int i = 0; i < nodes.length; i++) {
      index.put(nodes[i], i);
    }
    total = index.get(LinearModel.Node.TOTAL);
    cardTools = numbers(order.tools());
    cardIndicators = numbers(order.indicators());
    cardGroups = numbers(order.groups());
    cardQuestions = numbers(order.questions());
    List<io.github.itasdk.core.policy.ToolWeight> weights = rubric.weighting().weights();
    weightNodes = new int[weights.size()];
    for (int i = 0; i < weightNodes.length; i++) {
      weightNodes[i] = number(LinearModel.Node.tool(weights.get(i).toolPart()));
    }
    templates = new io.github.itasdk.core.card.Figure[nodes.length * 4];
    for (int[] card : new int[][] {cardTools, cardIndicators, cardGroups, cardQuestions}) {
      for (int at : card) {
        for (int k = 0; k < 4; k++) {
          templates[at * 4 + k] = CardBuilders.figure().id(nodes[at].id())
              .part(java.util.Optional.ofNullable(nodes[at].part())).score(ZERO_2)
              .origin((k & 2) != 0 ? io.github.itasdk.core.card.Origin.GIVEN : io.github.itasdk.core.card.Origin.COMPUTED)
              .provisional((k & 1) != 0).build();
        }
      }
    }
    Oit o = null;
    for (Tool tool : rubric.tools()) {
      if (tool.tool() == ToolKind.OIT) {
        o = new Oit(tool, cache);
      } else {
        surveys[tool.tool().ordinal()] = new Survey(tool, cache);
      }
    }
    oit = o;
  }

  private int[] numbers(LinearModel.Node[] ns) {
    int[] out = new int[ns.length];
    for (int i = 0; i < ns.length; i++) {
      out[i] = index.get(ns[i]);
    }
    return out;
  }

  /**
   * @return per tool weight of the rubric's weighting, in order, the number of its tool (or part) figure
   *     (-1 when it is not a figure); the caller does not change it
   */
  public int[] weightNodes() {
    return weightNodes;
  }

  private static final java.math.BigDecimal ZERO_2 = java.math.BigDecimal.valueOf(0, 2);

  /**
   * @param number a card figure's node number
   * @param origin where its value came from
   * @param provisional whether it rests on provisional rubric data
   * @return the node's card figure with those attributes and the score 0.00, made once per rubric
   */
  public io.github.itasdk.core.card.Figure template(int number, io.github.itasdk.core.card.Origin origin,
      boolean provisional) {
    return templates[number * 4 + (origin == io.github.itasdk.core.card.Origin.GIVEN ? 2 : 0) + (provisional ? 1 : 0)];
  }

  /** @param part an EIT part, or null for a whole tool @return its slot in the per-part arrays */
  public static int slot(Part part) {
    return part == null ? 0 : part.ordinal() + 1;
  }

  /** @return how many figures the rubric can have (the total included) */
  public int size() {
    return nodes.length;
  }

  /** @param node a node @return its number, or -1 when it is not a figure of this rubric */
  public int number(LinearModel.Node node) {
    Integer i = index.get(node);
    return i == null ? -1 : i;
  }

  /** @param number a figure's number @return its node */
  public LinearModel.Node node(int number) {
    return nodes[number];
  }

  /** @return the total's number */
  public int total() {
    return total;
  }

  /** @return the tool and EIT part figures' numbers, in card order */
  public int[] cardTools() {
    return cardTools;
  }

  /** @return the indicator figures' numbers, in card order */
  public int[] cardIndicators() {
    return cardIndicators;
  }

  /** @return the OIT group figures' numbers, in card order */
  public int[] cardGroups() {
    return cardGroups;
  }

  /** @return the question and OIT item figures' numbers, in card order */
  public int[] cardQuestions() {
    return cardQuestions;
  }

  /** @param kind a surveyed tool of this rubric @return its plan */
  public Survey survey(ToolKind kind) {
    return surveys[kind.ordinal()];
  }

  /** @return the OIT's plan */
  public Oit oit() {
    return oit;
  }

  /**
   * A surveyed tool's questions in rubric order (indicator by indicator), where each question's counters lie
   * in a {@link Tally} (sub-item by sub-item, levels 0..k with 0 unused), and the numbers of its question,
   * indicator and tool figures per part slot ({@link #slot}).
   */
  public final class Survey {
    private final ModelCache.SurveyQuestion[] questions;
    private final int[] start;
    private final int[] stride;
    private final int counters;
    private final Map<String, Integer> byId;
    private final int[] indicatorEnds;
    private final String[] provisional;
    private final int[][] questionNodes = new int[SLOTS][];
    private final int[][] indicatorNodes = new int[SLOTS][];
    private final int[] toolNodes = new int[SLOTS];

    Survey(Tool tool, ModelCache cache) {
      questions = cache.survey(tool);
      start = new int[questions.length];
      byId = new HashMap<>(questions.length * 2);
      int at = 0;
      stride = new int[questions.length];
      for (int q = 0; q < questions.length; q++) {
        start[q] = at;
        stride[q] = questions[q].scale().size() + 1;
        at += questions[q].subItems().length * stride[q];
        byId.put(questions[q].question().id(), q);
      }
      counters = at;
      java.util.Map<String, String> prov = new java.util.LinkedHashMap<>();
      for (ModelCache.SurveyQuestion sq : questions) {
        for (int i = 0; i < sq.provisional().length; i += 2) {
          prov.putIfAbsent(sq.provisional()[i], sq.provisional()[i + 1]);
        }
      }
      provisional = new String[prov.size() * 2];
      int next = 0;
      for (Map.Entry<String, String> e : prov.entrySet()) {
        provisional[next++] = e.getKey();
        provisional[next++] = e.getValue();
      }
      indicatorEnds = new int[tool.indicators().size()];
      int q = 0;
      for (int i = 0; i < indicatorEnds.length; i++) {
        q += tool.indicators().get(i).questions().size();
        indicatorEnds[i] = q;
      }
      List<Part> parts = new ArrayList<>();
      parts.add(null);
      parts.addAll(tool.parts());
      for (Part p : parts) {
        int s = slot(p);
        questionNodes[s] = new int[questions.length];
        for (int j = 0; j < questions.length; j++) {
          questionNodes[s][j] = index.get(LinearModel.Node.question(questions[j].question().id(), p));
        }
        indicatorNodes[s] = new int[indicatorEnds.length];
        for (int i = 0; i < indicatorEnds.length; i++) {
          indicatorNodes[s][i] = index.get(LinearModel.Node.indicator(tool.indicators().get(i).number(), p));
        }
        toolNodes[s] = index.get(LinearModel.Node.tool(io.github.itasdk.core.rubric.ToolPart.of(tool.tool(), p)));
      }
    }

    /** @return the questions, in rubric order */
    public ModelCache.SurveyQuestion[] questions() {
      return questions;
    }

    /** @return for each indicator, the end (exclusive) of its questions in {@link #questions()} */
    public int[] indicatorEnds() {
      return indicatorEnds;
    }

    /**
     * @return the provisional elements the questions rest on, as element and note pairs in the order the
     *     questions name them first (each once): what scoring the survey's answers notes on the card
     */
    public String[] provisional() {
      return provisional;
    }

    /** @param slot a part slot @return each question's figure number in that slot */
    public int[] questionNodes(int slot) {
      return questionNodes[slot];
    }

    /** @param slot a part slot @return each indicator's figure number in that slot */
    public int[] indicatorNodes(int slot) {
      return indicatorNodes[slot];
    }

    /** @param slot a part slot @return the tool's (or part's) figure number */
    public int toolNode(int slot) {
      return toolNodes[slot];
    }

    /** @param question a question's place in {@link #questions()} @return where its counters start */
    public int start(int question) {
      return start[question];
    }

    /** @param question a question's place in {@link #questions()} @return its counters per sub-item: levels 0..k */
    public int stride(int question) {
      return stride[question];
    }

    /** @return how many counters a tally of this tool has */
    public int counters() {
      return counters;
    }

    /** @param id a question id @return its place in {@link #questions()}, or -1 when not this tool's */
    public int question(String id) {
      Integer q = byId.get(id);
      return q == null ? -1 : q;
    }
  }

  /**
   * The OIT's items in rubric order (indicator by indicator, group by group) with their figure numbers and
   * weights, and its groups and indicators likewise.
   */
  public final class Oit {
    private final Question[] items;
    private final int[] itemNodes;
    private final Ratio[] itemWeights;
    /** Each provisional item's element name ({@code item o3}) and note, else nulls; likewise for groups. */
    private final String[] itemElements;
    private final String[] itemNotes;
    private final String[] groupElements;
    private final String[] groupNotes;
    /** Each item's card figure when answered yes (100) and no (0): the same for every card. */
    private final io.github.itasdk.core.card.Figure[] yes;
    private final io.github.itasdk.core.card.Figure[] no;
    private final Map<String, Integer> byId;
    private final Group[] groups;
    private final int[] groupEnds;
    private final int[] groupNodes;
    private final Ratio[] groupWeights;
    private final int[] indicatorEnds;
    private final int[] indicatorNodes;
    private final int toolNode;

    Oit(Tool tool, ModelCache cache) {
      List<Question> is = new ArrayList<>();
      List<Group> gs = new ArrayList<>();
      List<Integer> gEnds = new ArrayList<>();
      indicatorEnds = new int[tool.indicators().size()];
      indicatorNodes = new int[indicatorEnds.length];
      for (int i = 0; i < indicatorEnds.length; i++) {
        Indicator ind = tool.indicators().get(i);
        for (Group g : ind.groups()) {
          is.addAll(g.items());
          gs.add(g);
          gEnds.add(is.size());
        }
        indicatorEnds[i] = gs.size();
        indicatorNodes[i] = index.get(LinearModel.Node.indicator(ind.number(), null));
      }
      items = is.toArray(new Question[0]);
      itemNodes = new int[items.length];
      itemWeights = new Ratio[items.length];
      itemElements = new String[items.length];
      itemNotes = new String[items.length];
      byId = new HashMap<>(items.length * 2);
      for (int j = 0; j < items.length; j++) {
        itemNodes[j] = index.get(LinearModel.Node.question(items[j].id(), null));
        itemWeights[j] = cache.weight(items[j].weight());
        if (items[j].provenance().isProvisional()) {
          itemElements[j] = "item " + items[j].id();
          itemNotes[j] = cache.note(items[j].provenance().note().orElse(""));
        }
        byId.put(items[j].id(), j);
      }
      yes = new io.github.itasdk.core.card.Figure[items.length];
      no = new io.github.itasdk.core.card.Figure[items.length];
      for (int j = 0; j < items.length; j++) {
        yes[j] = answered(items[j].id(), Ratio.of(io.github.itasdk.core.Scores.MAX), itemElements[j] != null);
        no[j] = answered(items[j].id(), Ratio.ZERO, itemElements[j] != null);
      }
      groups = gs.toArray(new Group[0]);
      groupEnds = new int[groups.length];
      groupNodes = new int[groups.length];
      groupWeights = new Ratio[groups.length];
      groupElements = new String[groups.length];
      groupNotes = new String[groups.length];
      for (int g = 0; g < groups.length; g++) {
        if (groups[g].provenance().isPresent() && groups[g].provenance().get().isProvisional()) {
          groupElements[g] = "group " + groups[g].id();
          groupNotes[g] = cache.note(groups[g].provenance().get().note().orElse(""));
        }
        groupEnds[g] = gEnds.get(g);
        groupNodes[g] = index.get(LinearModel.Node.of(LinearModel.Level.GROUP, groups[g].id(), null));
        groupWeights[g] = cache.weight(groups[g].weight());
      }
      toolNode = index.get(LinearModel.Node.tool(io.github.itasdk.core.rubric.ToolPart.of(ToolKind.OIT)));
    }

    private static io.github.itasdk.core.card.Figure answered(String id, Ratio value, boolean provisional) {
      return CardBuilders.figure().id(id).part(java.util.Optional.empty()).score(value.round2())
          .origin(io.github.itasdk.core.card.Origin.COMPUTED).provisional(provisional).build();
    }

    /**
     * @param item an item's place in {@link #items()}
     * @param yes its answer
     * @return its card figure when computed from that answer: 100 for yes, 0 for no
     */
    public io.github.itasdk.core.card.Figure answeredFigure(int item, boolean yes) {
      return yes ? this.yes[item] : no[item];
    }

    /** @return the items, in rubric order */
    public Question[] items() {
      return items;
    }

    /** @return each item's figure number */
    public int[] itemNodes() {
      return itemNodes;
    }

    /** @return each item's weight in its group */
    public Ratio[] itemWeights() {
      return itemWeights;
    }

    /** @return each item's name as a provisional note lists it ({@code item o3}), null where not provisional */
    public String[] itemElements() {
      return itemElements;
    }

    /** @return why each provisional item is provisional, null where it is not */
    public String[] itemNotes() {
      return itemNotes;
    }

    /** @return each group's name as a provisional note lists it ({@code group 9.1}), null where not provisional */
    public String[] groupElements() {
      return groupElements;
    }

    /** @return why each provisional group is provisional, null where it is not */
    public String[] groupNotes() {
      return groupNotes;
    }

    /** @param id an item id @return its place in {@link #items()}, or -1 when not an item of this rubric */
    public int item(String id) {
      Integer j = byId.get(id);
      return j == null ? -1 : j;
    }

    /** @return the groups, in rubric order */
    public Group[] groups() {
      return groups;
    }

    /** @return for each group, the end (exclusive) of its items in {@link #items()} */
    public int[] groupEnds() {
      return groupEnds;
    }

    /** @return each group's figure number */
    public int[] groupNodes() {
      return groupNodes;
    }

    /** @return each group's weight in its indicator */
    public Ratio[] groupWeights() {
      return groupWeights;
    }

    /** @return for each indicator, the end (exclusive) of its groups in {@link #groups()} */
    public int[] indicatorEnds() {
      return indicatorEnds;
    }

    /** @return each indicator's figure number */
    public int[] indicatorNodes() {
      return indicatorNodes;
    }

    /** @return the tool's figure number */
    public int toolNode() {
      return toolNode;
    }
  }
}
