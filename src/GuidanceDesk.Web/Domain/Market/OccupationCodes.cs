namespace GuidanceDesk.Web.Domain;

/// <summary>
/// The classification file writes groups padded to four segments ("4-00-00-00" major, "4-01-00-00" medium,
/// "4-01-02-00" minor) while vacancies, intentions and market tables key groups by their own segments ("4", "4-01",
/// "4-01-02", <see cref="OccupationGroups"/>). These convert between the two.
/// </summary>
public static class OccupationCodes
{
    /// <summary>"4-01-02-00" → "4-01-02", "4-00-00-00" → "4"; an occupation code stays as it is.</summary>
    public static string Trimmed(string code)
    {
        var parts = code.Trim().Split('-').ToList();
        while (parts.Count > 1 && parts[^1] is "00" or "0")
            parts.RemoveAt(parts.Count - 1);
        return string.Join('-', parts);
    }

    /// <summary>"4-01-02" → "4-01-02-00", "4" → "4-00-00-00": the form the catalog looks up.</summary>
    public static string Padded(string code)
    {
        var parts = code.Trim().Split('-').ToList();
        while (parts.Count < 4)
            parts.Add("00");
        return string.Join('-', parts);
    }
}
