using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuidanceDesk.Bench.Generate;

/// <summary>
/// Writes owned-JSON column text the way EF Core does for each provider (checked with <c>jsonshapes</c>): property
/// names as in C#, enums as numbers, DateOnly as "yyyy-MM-dd", nulls written, non-ASCII escaped (System.Text.Json's
/// default encoder). A DateTimeOffset is an ISO string on PostgreSQL ("2026-11-20T02:03:04+00:00") but, because the
/// SQLite context converts every DateTimeOffset to a sortable long, a number on SQLite — inside JSON too.
/// Not thread-safe: one instance per producer.
/// </summary>
internal sealed class CaseJson(bool sqlite) : IDisposable
{
    private static readonly Func<DateTimeOffset, long> ToBinary = new DateTimeOffsetToBinaryConverter().ConvertToProviderTyped;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter? _writer;

    public Utf8JsonWriter W => _writer ?? throw new InvalidOperationException("Begin first.");

    public Utf8JsonWriter Begin()
    {
        _buffer.ResetWrittenCount();
        if (_writer is null)
            _writer = new Utf8JsonWriter(_buffer);
        else
            _writer.Reset(_buffer);
        return _writer;
    }

    public string End()
    {
        W.Flush();
        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    public void Dispose() => _writer?.Dispose();

    public void Instant(string name, DateTimeOffset? value)
    {
        if (value is not { } v)
            W.WriteNull(name);
        else if (sqlite)
            W.WriteNumber(name, ToBinary(v));
        else
            W.WriteString(name, v.ToUniversalTime());
    }

    public void Date(string name, DateOnly? value)
    {
        if (value is { } d)
            W.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            W.WriteNull(name);
    }

    public void Int(string name, int? value)
    {
        if (value is { } v)
            W.WriteNumber(name, v);
        else
            W.WriteNull(name);
    }

    public void Long(string name, long? value)
    {
        if (value is { } v)
            W.WriteNumber(name, v);
        else
            W.WriteNull(name);
    }

    public void Text(string name, string? value)
    {
        if (value is null)
            W.WriteNull(name);
        else
            W.WriteString(name, value);
    }

    public void Bool(string name, bool? value)
    {
        if (value is { } v)
            W.WriteBoolean(name, v);
        else
            W.WriteNull(name);
    }
}
