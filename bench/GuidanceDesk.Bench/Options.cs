using System.Globalization;

namespace GuidanceDesk.Bench;

/// <summary>"--name value" pairs from the command line; no dependency on a parsing library for a handful of options.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public Options(IEnumerable<string> args)
    {
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                if (name is not null)
                    _values[name] = "true"; // a flag without a value
                name = arg[2..];
            }
            else if (name is not null)
            {
                _values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{arg}'.");
            }
        }
        if (name is not null)
            _values[name] = "true";
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;

    public string Require(string name) => Get(name) ?? throw new ArgumentException($"Option --{name} is required.");

    public int Int(string name, int fallback) =>
        Get(name) is { } v ? int.Parse(v.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;

    public bool Flag(string name) => Get(name) is { } v && !string.Equals(v, "false", StringComparison.OrdinalIgnoreCase);
}
