// Compare one (made-up) municipality's FY2564 and FY2566 results at the level the years share.
//   ./ita jshell examples/compare-years.jsh
var before = ItaJson.readInput(Files.readString(Path.of("examples/made-up-municipality-2564.json")));
var after = ItaJson.readInput(Files.readString(Path.of("examples/made-up-municipality-2566.json")));
var r64 = Rubrics.forId(before.rubric());
var r66 = Rubrics.forId(after.rubric());
var comparison = Comparison.of(ScoringEngine.of(r64).score(before), r64, ScoringEngine.of(r66).score(after), r66);
System.out.println(Markdown.render(comparison));
/exit
