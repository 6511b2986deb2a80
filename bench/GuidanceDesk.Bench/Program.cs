using GuidanceDesk.Bench;
using GuidanceDesk.Bench.Generate;
using GuidanceDesk.Bench.Measure;

// Commands: generate [--cases|--vacancies] | casestats | casequeries | caseload | nightly | supplydemand | matching | assessscore | calendar | archiveupload | archivecheck | statistics | surveyindex [--setup] | reportpdf | answerload [--setup] | safety [--setup] | jsonshapes | publicsearch | lookups | load | floor | mixed | mixedfloor | breakdown | profile. See docs/performance.md for how each is run and what it measured.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: generate [--cases|--vacancies]|casestats|casequeries|caseload|nightly|supplydemand|matching|assessscore|calendar|archiveupload|archivecheck|conformance|statistics|surveyindex [--setup]|reportpdf|answerload [--setup]|safety [--setup]|jsonshapes|publicsearch|lookups|load|floor|mixed|mixedfloor|breakdown|profile [--option value ...]  (see docs/performance.md)");
    return 2;
}
var options = new Options(args.Skip(1));
switch (args[0])
{
    case "generate" when options.Get("vacancies") is not null:
        await VacancyGenerator.RunAsync(options);
        return 0;
    case "generate" when options.Get("cases") is not null:
        await CaseGenerator.RunAsync(options);
        return 0;
    case "generate":
        await Generator.RunAsync(options);
        return 0;
    case "casestats":
        await CaseChecks.RunAsync(options);
        return 0;
    case "lookups":
        await Lookups.RunAsync(options);
        return 0;
    case "load":
        await LoadTest.RunAsync(options);
        return 0;
    case "floor":
        Floor.Run(options);
        return 0;
    case "mixed":
        await MixedLoad.RunAsync(options);
        return 0;
    case "mixedfloor":
        await MixedFloor.RunAsync(options);
        return 0;
    case "breakdown":
        await Breakdown.RunAsync(options);
        return 0;
    case "profile":
        Profiler.Run(options);
        return 0;
    case "caseload":
        await CaseLoad.RunAsync(options);
        return 0;
    case "casequeries":
        await CaseQueriesRun.RunAsync(options);
        return 0;
    case "nightly":
        await NightlyRun.RunAsync(options);
        return 0;
    case "publicsearch":
        await PublicSearchLoad.RunAsync(options);
        return 0;
    case "supplydemand":
        await SupplyDemandRun.RunAsync(options);
        return 0;
    case "matching":
        await MatchingRun.RunAsync(options);
        return 0;
    case "archiveupload":
        await GuidanceDesk.Bench.Measure.UploadRun.RunAsync(options);
        return 0;
    case "surveyindex":
        await GuidanceDesk.Bench.Measure.SurveyIndexRun.RunAsync(options);
        return 0;
    case "archivecheck":
        await GuidanceDesk.Bench.Measure.ArchiveCheckRun.RunAsync(options);
        return 0;
    case "conformance":
        await GuidanceDesk.Bench.Measure.ConformanceRun.RunAsync(options);
        return 0;
    case "statistics":
        await GuidanceDesk.Bench.Measure.StatisticsRun.RunAsync(options);
        return 0;
    case "calendar":
        GuidanceDesk.Bench.Calendar.CalendarBenchmarks.Run();
        return 0;
    case "assessscore":
        GuidanceDesk.Bench.Assessments.ScoringBenchmarks.Run();
        return 0;
    case "reportpdf":
        GuidanceDesk.Bench.Assessments.ReportPdfRun.Run(options);
        return 0;
    case "answerload" when options.Flag("setup"):
        await GuidanceDesk.Bench.Assessments.AnswerLoad.SetupAsync(options);
        return 0;
    case "answerload":
        await GuidanceDesk.Bench.Assessments.AnswerLoad.RunAsync(options);
        return 0;
    case "safety":
        await GuidanceDesk.Bench.Safety.SafetyRun.RunAsync(options);
        return 0;
    case "jsonshapes":
        await JsonShapes.RunAsync(options);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
