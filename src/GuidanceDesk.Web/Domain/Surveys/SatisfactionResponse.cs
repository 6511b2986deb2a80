namespace GuidanceDesk.Web.Domain;

/// <summary>
/// The answers to one <see cref="SatisfactionSurvey"/>: the 1–10 answers as given, and per latent variable the mean of its
/// items (reversed items turned round) as columns, with the reporting links copied from the invitation, so that the
/// index is a grouped aggregate over this one table. No name is kept here.
/// </summary>
public sealed class SatisfactionResponse : IUnitOwned
{
    private readonly List<int> _answers = [];

    private SatisfactionResponse() { }

    internal SatisfactionResponse(SatisfactionSurvey s, IReadOnlyList<int> answers, string? comment, ResponseMode mode, string? enteredByUserId, DateTimeOffset now)
    {
        var problems = SurveyItems.Check([.. answers.Select(a => (int?)a)], comment);
        if (problems.Count > 0)
            throw new DomainRuleException(problems.First().Value[0], problems.First().Key);
        Survey = s;
        ServiceUnitId = s.ServiceUnitId;
        CounselorId = s.CounselorId;
        Service = s.Service;
        Channel = s.Channel;
        Occasion = s.Occasion;
        IsEmployer = s.EmployerId is not null;
        CaseId = s.CaseId;
        GroupSessionId = s.GroupSessionId;
        Mode = mode;
        EnteredByUserId = enteredByUserId;
        RespondedAt = now;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        _answers.AddRange(answers);
        var scores = SurveyItems.LatentScores(answers);
        Image = scores[(int)Latent.Image];
        Expectation = scores[(int)Latent.Expectation];
        Quality = scores[(int)Latent.Quality];
        Value = scores[(int)Latent.Value];
        Satisfaction = scores[(int)Latent.Satisfaction];
        Complaint = scores[(int)Latent.Complaint];
        Loyalty = scores[(int)Latent.Loyalty];
    }

    public long Id { get; private set; }
    public long SurveyId { get; private set; }
    public SatisfactionSurvey Survey { get; private set; } = null!;
    public long ServiceUnitId { get; private set; }
    public long? CounselorId { get; private set; }
    public ServiceKind? Service { get; private set; }
    public Channel Channel { get; private set; }
    public SurveyOccasion Occasion { get; private set; }
    public bool IsEmployer { get; private set; }
    public long? CaseId { get; private set; }
    public long? GroupSessionId { get; private set; }
    public ResponseMode Mode { get; private set; }
    /// <summary>The staff member who typed in a paper form; null for the portal.</summary>
    public string? EnteredByUserId { get; private set; }
    public DateTimeOffset RespondedAt { get; private set; }
    public IReadOnlyList<int> Answers => _answers;
    public string? Comment { get; private set; }

    public double Image { get; private set; }
    public double Expectation { get; private set; }
    public double Quality { get; private set; }
    public double Value { get; private set; }
    public double Satisfaction { get; private set; }
    public double Complaint { get; private set; }
    public double Loyalty { get; private set; }

    public double Score(Latent latent) => latent switch
    {
        Latent.Image => Image,
        Latent.Expectation => Expectation,
        Latent.Quality => Quality,
        Latent.Value => Value,
        Latent.Satisfaction => Satisfaction,
        Latent.Complaint => Complaint,
        _ => Loyalty,
    };
}
