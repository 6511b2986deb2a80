using System.ComponentModel.DataAnnotations;
using System.Reflection;
using GuidanceDesk.Tests.Support;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// Over-long fields (4.4d): every string an API request body carries has a length limit that validation checks, so a
/// 100,000-character value is a 400 naming the field before any handler or database sees it — on every endpoint,
/// including those the hostile suite cannot reach with a valid body.
/// </summary>
[Collection(OnSqlite.Name)]
public sealed class BoundedFieldsTests(SqliteApp app)
{
    [Fact, Trait("Clause", "4.4d")]
    public void Every_string_field_of_every_request_body_has_a_length_limit()
    {
        var shape = BodyShape.Of(app.Services);
        var unbounded = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var op in ApiCatalog.Operations(app.Services).Where(o => o.JsonBody is not null))
        {
            foreach (var field in shape.Fields(op.JsonBody!))
            {
                var member = field.Property.AttributeProvider as MemberInfo;
                if (field.Kind is FieldKind.Text && !Bounded(member))
                    unbounded.Add($"{member?.DeclaringType?.Name}.{member?.Name}");
                if (field.Kind is FieldKind.List or FieldKind.Map && BodyShape.KindOf(BodyShape.ElementType(field.Type) ?? typeof(object)) is FieldKind.Text
                    && !BoundedItems(member))
                    unbounded.Add($"{member?.DeclaringType?.Name}.{member?.Name}[]");
            }
        }
        Assert.True(unbounded.Count == 0, $"{unbounded.Count} string fields without a length limit:\n" + string.Join("\n", unbounded));
    }

    /// <summary>The rules above only run where the endpoint validates its body (<c>.Validates&lt;T&gt;()</c>): every one does.</summary>
    [Fact, Trait("Clause", "4.4d")]
    public void Every_endpoint_that_takes_a_JSON_body_validates_it()
    {
        var unchecked_ = ApiCatalog.Operations(app.Services).Where(o => o.JsonBody is not null && !o.Endpoint.Metadata
                .OfType<Microsoft.AspNetCore.Http.Metadata.IProducesResponseTypeMetadata>()
                .Any(m => m.StatusCode == 400 && m.Type == typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails)))
            .Select(o => $"{o} ({o.JsonBody!.Name})").ToList();
        Assert.True(unchecked_.Count == 0, $"{unchecked_.Count} endpoints take a body without validating it:\n" + string.Join("\n", unchecked_));
    }

    /// <summary>A length attribute, or a format check that only passes short values (ID, phone, codes from a catalogue).</summary>
    internal static bool Bounded(MemberInfo? member) => member is not null && member.GetCustomAttributes<ValidationAttribute>(inherit: true).Any(a =>
        a is StringLengthAttribute or MaxLengthAttribute or LengthAttribute or AllowedValuesAttribute
        || a is RegularExpressionAttribute r && BoundedPattern(r.Pattern)
        || a.GetType().Namespace?.StartsWith("GuidanceDesk.Web", StringComparison.Ordinal) == true);

    /// <summary>An anchored pattern without an unbounded repeat (<c>^[0-9]{4}$</c>, <c>^[A-T]$</c>) only matches short text.</summary>
    private static bool BoundedPattern(string pattern) => pattern.StartsWith('^') && pattern.EndsWith('$')
        && !pattern.Contains('*', StringComparison.Ordinal) && !pattern.Contains('+', StringComparison.Ordinal)
        && !System.Text.RegularExpressions.Regex.IsMatch(pattern, @"\{\d*,\}");

    private static bool BoundedItems(MemberInfo? member) => member is not null && member.GetCustomAttributes<ValidationAttribute>(inherit: true)
        .Any(a => a.GetType().Name.Contains("Items", StringComparison.Ordinal) || a.GetType().Namespace?.StartsWith("GuidanceDesk.Web", StringComparison.Ordinal) == true);
}
