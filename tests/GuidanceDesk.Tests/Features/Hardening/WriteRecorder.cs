using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace GuidanceDesk.Tests.Features.Hardening;

/// <summary>
/// "Nothing written" made checkable: records, per request (the <see cref="Header"/> the suite sends), each table an
/// INSERT, UPDATE or DELETE of that request changed and kept — in a transaction only once it commits (a use case that
/// fails and rolls back wrote nothing), outside one only if it touched a row. Audit entries are left out on purpose:
/// reading a person's record, and some refusals, are audited — that is a write the standard asks for, not a half-done
/// use case. Background work (no request) is not attributed to any request.
/// </summary>
public sealed partial class WriteRecorder
{
    public const string Header = "X-Hostile-Probe";
    public static readonly IReadOnlySet<string> Allowed = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "AuditEntries" };

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byProbe = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<DbTransaction, ConcurrentQueue<(string Probe, string Write)>> _pending = [];

    public IInterceptor[] For(IHttpContextAccessor http) => [new Commands(this, http), new Transactions(this)];

    /// <summary>Tables (other than the allowed ones) written and kept while serving the request that carried <paramref name="probe"/>.</summary>
    public IReadOnlyList<string> Take(string probe) =>
        _byProbe.TryRemove(probe, out var tables) ? [.. tables.Distinct(StringComparer.Ordinal)] : [];

    private void Record(IHttpContextAccessor http, DbCommand command, bool changedRows)
    {
        if (!changedRows || http.HttpContext?.Request.Headers[Header].ToString() is not { Length: > 0 } probe)
            return;
        foreach (Match m in Statement().Matches(command.CommandText))
        {
            var table = m.Groups["table"].Value;
            if (Allowed.Contains(table))
                continue;
            var write = $"{m.Groups["verb"].Value.Split(' ')[0].ToUpperInvariant()} {table}";
            if (command.Transaction is { } tx)
                _pending.GetOrCreateValue(tx).Enqueue((probe, write));
            else
                Keep(probe, write);
        }
    }

    private void Keep(string probe, string write) => _byProbe.GetOrAdd(probe, _ => new()).Enqueue(write);

    private void Committed(DbTransaction tx)
    {
        if (_pending.TryGetValue(tx, out var writes))
        {
            _pending.Remove(tx);
            foreach (var (probe, write) in writes)
                Keep(probe, write);
        }
    }

    [GeneratedRegex("""(?:^|;)\s*(?<verb>INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"?\w+"?\.)?"?(?<table>\w+)"?""", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Statement();

    private sealed class Commands(WriteRecorder recorder, IHttpContextAccessor http) : DbCommandInterceptor
    {
        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            recorder.Record(http, command, result != 0);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
            CancellationToken cancellationToken = default)
        {
            recorder.Record(http, command, result != 0);
            return ValueTask.FromResult(result);
        }

        // Readers and scalars (INSERT … RETURNING, UPDATE … RETURNING) are counted whatever they return.
        public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
        {
            recorder.Record(http, command, true);
            return result;
        }

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            recorder.Record(http, command, true);
            return ValueTask.FromResult(result);
        }

        public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
        {
            recorder.Record(http, command, true);
            return result;
        }

        public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
            CancellationToken cancellationToken = default)
        {
            recorder.Record(http, command, true);
            return ValueTask.FromResult(result);
        }
    }

    /// <summary>A transaction ended without a commit wrote nothing. (Npgsql reuses a connection's transaction object.)</summary>
    private void Forget(DbTransaction tx) => _pending.Remove(tx);

    private sealed class Transactions(WriteRecorder recorder) : DbTransactionInterceptor
    {
        public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            recorder.Forget(result);
            return result;
        }

        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData,
            DbTransaction result, CancellationToken cancellationToken = default)
        {
            recorder.Forget(result);
            return ValueTask.FromResult(result);
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => recorder.Forget(transaction);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
            CancellationToken cancellationToken = default)
        {
            recorder.Forget(transaction);
            return Task.CompletedTask;
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => recorder.Committed(transaction);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            recorder.Committed(transaction);
            return Task.CompletedTask;
        }
    }
}
