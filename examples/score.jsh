// Score a bundled example and look around the score card.   ./ita jshell examples/score.jsh
var card = Ita.score(Files.readString(Path.of("examples/dept-industrial-works-2566.json")));
System.out.println(card);
System.out.println("indicator 8 = " + card.indicator(8).orElseThrow()
    + " (public " + card.indicator(8, Part.PUBLIC).orElseThrow() + ", survey " + card.indicator(8, Part.SURVEY).orElseThrow() + ")");
System.out.println("published figures that lower levels do not reproduce:");
card.warnings().stream().filter(w -> w.kind() == Warning.Kind.INCONSISTENT_FIGURE).forEach(w -> System.out.println("  " + w.message()));
/exit
