// How sure is a score? Bootstrap intervals from raw answers.   ./ita jshell examples/uncertainty.jsh
var input = ItaJson.readInput(Files.readString(Path.of("examples/made-up-municipality-2564.json")));
var rubric = Rubrics.forId(input.rubric());
var card = ScoringEngine.of(rubric).score(input);
var u = Bootstrap.of(rubric).run(input, BootstrapOptions.builder().resamples(5000).seed(7).build());
System.out.println("total " + card.total() + ", 95% interval " + u.total().orElseThrow().low() + " – " + u.total().orElseThrow().high());
System.out.printf("P(total ≥ 85) = %.4f, P(rating differs from %s) = %.4f%n", u.probabilityMeetsTarget().orElseThrow(),
    card.rating().orElseThrow().code(), u.probabilityRatingDiffers().orElseThrow());
u.planning().forEach(p -> System.out.println("for ±1.00: " + p));
// published figures only: no interval, and the reason
var thakub = ItaJson.readInput(Files.readString(Path.of("examples/thakub-sao-2566.json")));
System.out.println(Bootstrap.of(Rubrics.forId(thakub.rubric())).run(thakub, BootstrapOptions.defaults()).reason().orElseThrow());
/exit
