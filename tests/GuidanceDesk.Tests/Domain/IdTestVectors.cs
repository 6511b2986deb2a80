using System.Text.Json;
using Xunit;

namespace GuidanceDesk.Tests.Domain;

/// <summary>Shipped test vectors (TestData/id-test-vectors.json), exposed as xunit theory data.</summary>
public static class IdTestVectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "id-test-vectors.json"))));

    public static TheoryData<string, string> ResidentIdValid => Load("residentId_GB11643", "valid");

    public static TheoryData<string, string> ResidentIdInvalid => Load("residentId_GB11643", "invalid");

    public static TheoryData<string, string> UsccValid => Load("uscc_GB32100", "valid");

    public static TheoryData<string, string> UsccInvalid => Load("uscc_GB32100", "invalid");

    private static TheoryData<string, string> Load(string standard, string kind)
    {
        var data = new TheoryData<string, string>();
        foreach (var item in Document.Value.RootElement.GetProperty(standard).GetProperty(kind).EnumerateArray())
        {
            data.Add(item.GetProperty("value").GetString()!, item.GetProperty("why").GetString()!);
        }

        return data;
    }
}
