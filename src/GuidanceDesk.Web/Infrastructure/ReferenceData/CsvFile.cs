using System.Text;

namespace GuidanceDesk.Web.Infrastructure.ReferenceData;

/// <summary>
/// Minimal reader for the shipped reference CSV files: header row, comma separated, values optionally
/// double-quoted ("" escapes a quote), no line breaks inside values. Columns are addressed by header name
/// so a reordered upstream export does not silently shift fields.
/// </summary>
internal static class CsvFile
{
    public static IEnumerable<IReadOnlyDictionary<string, string>> Read(string path)
    {
        using var lines = File.ReadLines(path, Encoding.UTF8).GetEnumerator();
        if (!lines.MoveNext())
        {
            throw new InvalidDataException($"CSV file '{path}' has no header row.");
        }

        var header = SplitLine(lines.Current);
        var lineNumber = 1;
        while (lines.MoveNext())
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(lines.Current))
            {
                continue;
            }

            var fields = SplitLine(lines.Current);
            if (fields.Count != header.Count)
            {
                throw new InvalidDataException(
                    $"CSV file '{path}' line {lineNumber}: expected {header.Count} fields, found {fields.Count}.");
            }

            var row = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = fields[i];
            }

            yield return row;
        }
    }

    internal static List<string> SplitLine(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString().Trim());
        return fields;
    }
}
