namespace GuidanceDesk.Web.Domain;

/// <summary>
/// The latent variables of the Chinese customer satisfaction index model (GB/T 19038-2009): image, expectation and
/// perceived quality and value drive overall satisfaction, which is followed by complaint and loyalty.
/// </summary>
public enum Latent
{
    Image = 0,        // 机构形象
    Expectation = 1,  // 预期质量
    Quality = 2,      // 感知质量
    Value = 3,        // 感知价值
    Satisfaction = 4, // 总体满意度
    Complaint = 5,    // 抱怨（反向计分：分越高抱怨越少）
    Loyalty = 6,      // 忠诚（推荐、再次使用）
}

/// <param name="Code">The item's field name in the API and the export, e.g. <c>pq1</c>.</param>
/// <param name="Reversed">Scored 11 − answer, so that for every latent a higher score is better.</param>
public sealed record SurveyItem(int Index, string Code, Latent Latent, string Text, string English, bool Reversed = false);

/// <summary>The questionnaire, in one place: every item on a 1–10 scale (1 = 非常不满意/完全不同意, 10 = 非常满意/完全同意).</summary>
public static class SurveyItems
{
    public const int Min = 1, Max = 10, MaxComment = 1000;

    public static readonly IReadOnlyList<SurveyItem> All =
    [
        new(0, "im1", Latent.Image, "本机构在社会上口碑良好", "The agency has a good reputation"),
        new(1, "im2", Latent.Image, "本机构的公共就业服务值得信赖", "The agency's public employment services are trustworthy"),
        new(2, "ex1", Latent.Expectation, "接受服务前，您对服务质量的总体期望", "Before the service, your overall expectation of its quality"),
        new(3, "ex2", Latent.Expectation, "接受服务前，您期望服务满足您需求的程度", "Before the service, how far you expected it to meet your needs"),
        new(4, "pq1", Latent.Quality, "职业指导人员的专业能力和态度", "The counselor's competence and attitude"),
        new(5, "pq2", Latent.Quality, "服务内容对您求职或招聘的帮助", "How much the service helped your job search or recruitment"),
        new(6, "pq3", Latent.Quality, "服务的及时和便利（预约、等候、线上渠道）", "Timeliness and convenience (booking, waiting, online channels)"),
        new(7, "pv1", Latent.Value, "与付出的时间和精力相比，服务的价值", "The service's value for the time and effort you spent"),
        new(8, "pv2", Latent.Value, "与您的期望相比，服务带来的收获", "What you gained compared with what you expected"),
        new(9, "sa1", Latent.Satisfaction, "总体上，您对本次服务的满意程度", "Overall, how satisfied you are with the service"),
        new(10, "sa2", Latent.Satisfaction, "与您理想中的服务相比，本次服务的接近程度", "How close the service came to your ideal service"),
        new(11, "co1", Latent.Complaint, "您是否有理由对本次服务抱怨或投诉（1=完全没有，10=非常有）",
            "Whether you had reason to complain about the service (1 = none at all, 10 = very much)", Reversed: true),
        new(12, "lo1", Latent.Loyalty, "您向亲友推荐本机构服务的可能性", "How likely you are to recommend the agency to friends and family"),
        new(13, "lo2", Latent.Loyalty, "您今后再次使用本机构服务的可能性", "How likely you are to use the agency's services again"),
    ];

    public static readonly IReadOnlyList<Latent> Latents = Enum.GetValues<Latent>();

    /// <summary>The latents that drive overall satisfaction in the model (the index is weighted over them by default).</summary>
    public static readonly IReadOnlyList<Latent> Drivers = [Latent.Image, Latent.Expectation, Latent.Quality, Latent.Value];

    public static string Name(Latent latent) => latent switch
    {
        Latent.Image => "机构形象",
        Latent.Expectation => "预期质量",
        Latent.Quality => "感知质量",
        Latent.Value => "感知价值",
        Latent.Satisfaction => "总体满意度",
        Latent.Complaint => "抱怨（反向）",
        _ => "忠诚度",
    };

    /// <summary>The 1–10 score of one answer, reversed items turned round.</summary>
    public static int Scored(SurveyItem item, int answer) => item.Reversed ? Max + Min - answer : answer;

    /// <summary>Per-latent means of one response's answers (indexed like <see cref="All"/>), on the 1–10 scale.</summary>
    public static double[] LatentScores(IReadOnlyList<int> answers)
    {
        var sum = new double[Latents.Count];
        var n = new int[Latents.Count];
        foreach (var item in All)
        {
            sum[(int)item.Latent] += Scored(item, answers[item.Index]);
            n[(int)item.Latent]++;
        }

        return [.. sum.Select((s, i) => Math.Round(s / n[i], 4))];
    }

    /// <summary>Field-by-field problems of a set of answers (Chinese), keyed by item code; empty when all are 1–10.</summary>
    public static Dictionary<string, string[]> Check(IReadOnlyList<int?> answers, string? comment)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var item in All)
        {
            var a = item.Index < answers.Count ? answers[item.Index] : null;
            if (a is null)
                errors[item.Code] = [$"请为“{item.Text}”打分"];
            else if (a is < Min or > Max)
                errors[item.Code] = [$"“{item.Text}”的评分应在1至10之间"];
        }

        if (comment?.Length > MaxComment)
            errors["comment"] = [$"意见和建议不超过{MaxComment}字"];
        return errors;
    }
}
