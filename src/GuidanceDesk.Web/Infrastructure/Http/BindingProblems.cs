using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>
/// A request the API could not bind (malformed JSON, a value of the wrong type, a query or route value that does not
/// parse, a missing body) as a 400 problem in Chinese, naming the field where there is one: <c>worker.graduationYear</c>
/// for a body field (as the validation errors name fields), the parameter's name for a query or route value. The
/// offending value itself is never echoed (it may be an ID number).
/// </summary>
public static partial class BindingProblems
{
    public static ProblemDetails Map(BadHttpRequestException e)
    {
        var problem = new ProblemDetails { Status = e.StatusCode, Title = Title(e), Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1" };
        if (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            problem.Type = "https://tools.ietf.org/html/rfc9110#section-15.5.14";
            return problem;
        }
        if (Field(e) is { } field)
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field.Name] = [field.Message] };
        return problem;
    }

    private static string Title(BadHttpRequestException e) => e.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "请求内容过大",
        StatusCodes.Status415UnsupportedMediaType => "请求内容应为 JSON（Content-Type: application/json）",
        _ when IsSyntax(e.InnerException) => "请求内容不是有效的 JSON",
        _ when NotProvided().IsMatch(e.Message) => "请求缺少必填内容",
        _ => "请求格式不正确，请按提示修改",
    };

    private static (string Name, string Message)? Field(BadHttpRequestException e)
    {
        // A value the JSON could not be converted to (a syntax error has no field: the rest of the body is unread).
        if (e.InnerException is JsonException { Path: { Length: > 1 } path } && !IsSyntax(e.InnerException))
            return (JsonPath(path), "类型或格式不正确");
        var parameter = Parameter().Match(e.Message);
        if (!parameter.Success || e.Message.Contains("from body", StringComparison.Ordinal) || e.Message.Contains("request body", StringComparison.Ordinal))
            return null;
        var name = ProblemMapping.JsonName(parameter.Groups["name"].Value);
        return NotProvided().IsMatch(e.Message) ? (name, "必须填写") : (name, "格式不正确");
    }

    /// <summary><c>$.worker.jobIntentions[0].minMonthlyPay</c> → <c>worker.jobIntentions[0].minMonthlyPay</c>.</summary>
    private static string JsonPath(string path) => ProblemMapping.JsonName(path.TrimStart('$').TrimStart('.'));

    /// <summary>The reader's own failures (not JSON at all, cut short, nested too deep) are syntax, not a field's type.</summary>
    private static bool IsSyntax(Exception? e) => e is JsonException && e.InnerException?.GetType().Name == "JsonReaderException";

    // Messages of Microsoft.AspNetCore.Http.RequestDelegateFactory: `Failed to bind parameter "Nullable<int> Year" from "x".`,
    // `Required parameter "int page" was not provided from query string.`
    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)"(?:\s|$)""")]
    private static partial Regex Parameter();

    [GeneratedRegex("was not provided")]
    private static partial Regex NotProvided();
}
