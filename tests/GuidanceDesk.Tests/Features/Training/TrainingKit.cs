using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using GuidanceDesk.Tests.Features.Guidance;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Training;

/// <summary>Steps of the training tests: a provider in a given standing, a course of it, dates relative to Beijing's today.</summary>
public static class TrainingKit
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string D(int daysFromToday) => D(Today.AddDays(daysFromToday));

    public static JsonObject ProviderBody(string name, string district = "500103") => new()
    {
        ["name"] = name, ["creditCode"] = TestData.NewCreditCode(district), ["districtCode"] = district,
        ["address"] = "重庆市测试路 1 号", ["contactPerson"] = "测试联系人", ["phone"] = "023-61234567", ["scope"] = "职业技能培训",
    };

    public static JsonObject Qualification(int validToDays, string kind = "SchoolLicence", int validFromDays = -365) => new()
    {
        ["kind"] = kind, ["number"] = "测许" + Guid.NewGuid().ToString("N")[..8], ["issuer"] = "区人力资源和社会保障局",
        ["validFrom"] = D(validFromDays), ["validTo"] = D(validToDays),
    };

    public static JsonObject Check(string kind, bool passed, int daysAgo = 30) => new()
    {
        ["kind"] = kind, ["checkedOn"] = D(-daysAgo), ["checkedBy"] = "区人社局职业能力建设科", ["passed"] = passed,
        ["note"] = passed ? null : "安全出口堵塞，限期整改",
    };

    /// <summary>
    /// A provider created by <paramref name="keeper"/> with a school licence valid for <paramref name="licenceDays"/> more
    /// days and both checks recorded; returns its id.
    /// </summary>
    public static async Task<long> ProviderAsync(HttpClient keeper, string name, int licenceDays = 400, bool safetyPassed = true,
        int checkDaysAgo = 30, string district = "500103")
    {
        var created = await keeper.PostJsonAsync("/api/v1/training-providers", ProviderBody(name, district));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (long)(await created.BodyAsync())["id"]!;
        await keeper.PostOkAsync($"/api/v1/training-providers/{id}/qualifications", Qualification(licenceDays));
        await keeper.PostOkAsync($"/api/v1/training-providers/{id}/checks", Check("Management", true, checkDaysAgo));
        await keeper.PostOkAsync($"/api/v1/training-providers/{id}/checks", Check("Safety", safetyPassed, checkDaysAgo));
        return id;
    }

    public static JsonObject CourseBody(long providerId, string title, string occupation = "4-10-01-05", int startDays = 10, int endDays = 40) => new()
    {
        ["providerId"] = providerId, ["title"] = title, ["occupationCode"] = occupation, ["level"] = "Junior", ["subsidyEligible"] = true,
        ["subsidyNote"] = "登记失业人员取证后可申请", ["startsOn"] = D(startDays), ["endsOn"] = D(endDays), ["hours"] = 120,
        ["fee"] = 1800, ["seats"] = 30, ["delivery"] = "Offline", ["status"] = "Enrolling",
    };

    public static async Task<long> CourseAsync(HttpClient keeper, long providerId, string title, string occupation = "4-10-01-05",
        int startDays = 10, int endDays = 40) =>
        (long)(await keeper.PostOkAsync("/api/v1/training-courses", CourseBody(providerId, title, occupation, startDays, endDays)))["id"]!;

    public static JsonObject Recommend(long courseId, string? note = "劳动者有意从事养老护理") => new() { ["courseId"] = courseId, ["note"] = note };
}
