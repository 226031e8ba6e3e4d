// Where would points come from? The biggest exact gains in the total, and the smallest OIT fix for each level.
//   ./ita jshell examples/gains.jsh
var input = ItaJson.readInput(Files.readString(Path.of("examples/made-up-municipality-2566.json")));
var rubric = Rubrics.forId(input.rubric());
var card = ScoringEngine.of(rubric).score(input);
var report = AnalysisReport.of(card, rubric);
System.out.println("total " + card.total() + " " + card.rating().orElseThrow());
report.plan().questionGains().stream().limit(8).forEach(g -> System.out.println("  " + g));
report.plan().oitPlans().forEach(p -> System.out.println(p));
/exit
