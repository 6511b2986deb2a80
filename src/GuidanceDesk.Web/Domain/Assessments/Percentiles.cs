namespace GuidanceDesk.Web.Domain;

/// <summary>
/// Percentile of a raw score against a norm group given as mean and standard deviation (norms.method "normal"):
/// Φ((raw − mean) / sd) × 100, rounded half away from zero and kept within 1–99, because a normal approximation says
/// nothing trustworthy about the extreme tails.
/// </summary>
public static class Percentiles
{
    public static int Normal(double raw, NormStat norm)
    {
        ArgumentNullException.ThrowIfNull(norm);
        if (norm.Sd <= 0)
            throw new ArgumentOutOfRangeException(nameof(norm), "sd must be positive");
        var p = Phi((raw - norm.Mean) / norm.Sd) * 100;
        return Math.Clamp((int)Math.Round(p, MidpointRounding.AwayFromZero), 1, 99);
    }

    /// <summary>Standard normal distribution function, via erf (Abramowitz and Stegun 7.1.26, error below 1.5e-7).</summary>
    public static double Phi(double z) => 0.5 * (1 + Erf(z / Math.Sqrt(2)));

    private static double Erf(double x)
    {
        var sign = Math.Sign(x);
        x = Math.Abs(x);
        var t = 1 / (1 + 0.3275911 * x);
        var y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.Exp(-x * x);
        return sign * y;
    }
}
