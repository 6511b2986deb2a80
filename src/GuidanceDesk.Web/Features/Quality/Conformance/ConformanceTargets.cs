using GuidanceDesk.Web.Domain;
using System.Globalization;

namespace GuidanceDesk.Web.Features.Quality.Conformance;

/// <summary>
/// Targets per rule, in percent (<c>Quality:Targets:&lt;key&gt;:Pass</c> and <c>:Warn</c>). The defaults are ours: the
/// standard says what must happen, not how often; an agency sets its own thresholds in configuration.
/// </summary>
public sealed class ConformanceTargets
{
    public Dictionary<string, Threshold> Targets { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public Threshold For(string key, Threshold fallback) => Targets.TryGetValue(key, out var t) ? t : fallback;

    public sealed class Threshold
    {
        public double Pass { get; set; }
        public double Warn { get; set; }

        public static Threshold Of(double pass, double warn) => new() { Pass = pass, Warn = warn };

        /// <summary>Higher is better: pass at or above <see cref="Pass"/>, warn at or above <see cref="Warn"/>.</summary>
        public ConformanceLevel Judge(double? value) =>
            value is not { } v ? ConformanceLevel.NoData : v >= Pass ? ConformanceLevel.Pass : v >= Warn ? ConformanceLevel.Warn : ConformanceLevel.Fail;

        public string Describe(string unit = "%") => Warn >= Pass
            ? $"≥ {Pass.ToString("0.#", CultureInfo.InvariantCulture)}{unit}"
            : $"≥ {Pass.ToString("0.#", CultureInfo.InvariantCulture)}{unit}（{Warn.ToString("0.#", CultureInfo.InvariantCulture)}{unit} 以上为警示）";
    }
}
