using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace GuidanceDesk.Web.Features.Market;

/// <summary>One data line of an uploaded wage table, as text, with its line number in the file (the header is line 1).</summary>
public sealed record WageTableLine(int Line, string Code, string? Name, string Low, string Median, string High);

/// <summary>
/// Reads the rows of a wage-guidance table from CSV (UTF-8) or .xlsx (first sheet). The first row is the header; the
/// columns are found by it (代码/code, 名称/name, 低位/low, 中位/median, 高位/high), or else by position: code, [name,]
/// low, median, high.
/// </summary>
public static class WageTableReader
{
    public static List<WageTableLine> Read(Stream stream, string fileName)
    {
        var rows = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? ReadXlsx(stream) : ReadCsv(stream);
        if (rows.Count == 0)
            throw new Domain.DomainRuleException("文件为空", "file");
        var header = rows[0];
        var map = MapColumns(header);
        return [.. rows.Skip(1).Select((r, i) => (Row: r, Line: i + 2)).Where(x => x.Row.Any(c => c.Length > 0))
            .Select(x => new WageTableLine(x.Line, Cell(x.Row, map.Code), map.Name is { } n ? NullIfEmpty(Cell(x.Row, n)) : null,
                Cell(x.Row, map.Low), Cell(x.Row, map.Median), Cell(x.Row, map.High)))];
    }

    private static (int Code, int? Name, int Low, int Median, int High) MapColumns(string[] header)
    {
        int? Find(params string[] words) => header.Select((h, i) => (h, i))
            .Where(x => words.Any(w => x.h.Contains(w, StringComparison.OrdinalIgnoreCase))).Select(x => (int?)x.i).FirstOrDefault();
        var code = Find("代码", "code");
        var low = Find("低", "low");
        var median = Find("中位", "median", "中间");
        var high = Find("高", "high");
        if (code is not null && low is not null && median is not null && high is not null)
            return (code.Value, Find("名称", "name"), low.Value, median.Value, high.Value);
        return header.Length >= 5 ? (0, 1, 2, 3, 4) : (0, null, 1, 2, 3);
    }

    private static List<string[]> ReadXlsx(Stream stream)
    {
        try
        {
            return [.. stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.Select(Text).ToArray())];
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or NotSupportedException)
        {
            throw new Domain.DomainRuleException("无法读取该 Excel 文件，请确认是 .xlsx 格式", "file");
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };

    private static List<string[]> ReadCsv(Stream stream)
    {
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        var rows = new List<string[]>();
        try
        {
            while (reader.ReadLine() is { } line)
                rows.Add(SplitCsv(line));
        }
        catch (DecoderFallbackException)
        {
            throw new Domain.DomainRuleException("CSV 文件须为 UTF-8 编码（Excel 另存为“CSV UTF-8”）", "file");
        }
        return rows;
    }

    /// <summary>Comma-separated fields; a field may be quoted ("a,b" and "" for a quote inside).</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (ch == '"')
                quoted = !quoted;
            else if (ch == ',' && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
                current.Append(ch);
        }
        fields.Add(current.ToString().Trim());
        return [.. fields];
    }

    private static string Cell(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
