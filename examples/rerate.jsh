// Re-rate a FY2566 result under FY2564's letter grades, and a FY2564 result under FY2566's levels.
//   ./ita jshell examples/rerate.jsh
var thakub = Ita.score(Files.readString(Path.of("examples/thakub-sao-2566.json")));
var fy2564 = Rubrics.forFiscalYear(2564).ratingPolicy();
var fy2566 = Rubrics.forFiscalYear(2566).ratingPolicy();
System.out.println("Tha Kub FY2566: " + thakub.total() + " " + thakub.rating().orElseThrow()
    + " → under FY2564: " + thakub.ratedUnder(fy2564).rating().orElseThrow());
var municipality = Ita.score(Files.readString(Path.of("examples/made-up-municipality-2564.json")));
System.out.println("Made-up municipality FY2564: " + municipality.total() + " " + municipality.rating().orElseThrow()
    + " → under FY2566: " + municipality.ratedUnder(fy2566).rating().orElseThrow());
/exit
