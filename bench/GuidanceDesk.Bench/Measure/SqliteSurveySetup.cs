using System.Diagnostics;
using System.Globalization;
using GuidanceDesk.Bench.Generate;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GuidanceDesk.Bench.Measure;

/// <summary>
/// <c>surveyindex --setup</c> on SQLite: the same invitations and responses as the PostgreSQL setup's SQL
/// (<see cref="SurveyIndexRun"/>), made here and written by prepared INSERTs in batches, as SQLite has no
/// <c>generate_series</c> or arrays: a sample of up to 200,000 workers, each with the first staff member of their unit;
/// invitation i of occasion 3 (<c>bench:i</c>) for worker 1 + i mod W, service 1 + i mod 3, channel 1 + i mod 2, invited
/// i mod 365 days ago less two days, open 30 days, answered i mod 365 days ago unless i is a multiple of 10; each
/// answer a level b (3–8) and each item b + a shift per latent ± 1.5 (co1 the wrong way round), the latent columns the
/// item means. Stored as the app stores them on SQLite: times through EF Core's DateTimeOffset-to-binary converter,
/// the answers as a JSON array.
/// </summary>
internal static class SqliteSurveySetup
{
    private static readonly Func<DateTimeOffset, long> ToBinary = new DateTimeOffsetToBinaryConverter().ConvertToProviderTyped;

    // Per item: how far from the response's level its answers lie (item 12, co1, is asked the wrong way round).
    private static readonly double[] Shifts = [0.5, 0.5, -1, -1, 1, 1, 1, -1.5, -1.5, 0, 0, 0, 0, 0];

    private const int Batch = 50_000;

    public static async Task RunAsync(string connectionString, int responses)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        // The demo data's few responses (which `generate` loads) are no reason to skip; an earlier setup's are.
        if (await ScalarAsync(connection, "SELECT EXISTS (SELECT 1 FROM \"SatisfactionSurveys\" WHERE \"OccasionKey\" LIKE 'bench:%')") != 0)
        {
            Console.WriteLine("the bench's responses exist already; setup skipped");
            return;
        }

        var watch = Stopwatch.StartNew();
        var workers = await SampleAsync(connection);
        var invitations = responses * 10 / 9;
        var surveyId = await ScalarAsync(connection, "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"SatisfactionSurveys\"") + 1;
        var responseId = await ScalarAsync(connection, "SELECT COALESCE(MAX(\"Id\"), 0) FROM \"SatisfactionResponses\"") + 1;
        var now = DateTimeOffset.UtcNow;
        var random = new Random(20261128);
        var written = 0;
        for (var start = 1; start <= invitations; start += Batch)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var survey = Prepare(connection, tx, "SatisfactionSurveys",
                ["Id", "Occasion", "OccasionKey", "ServiceUnitId", "WorkerId", "CounselorId", "Service", "Channel", "InvitedAt", "ExpiresAt",
                    "RespondedAt", "Version"]);
            await using var response = Prepare(connection, tx, "SatisfactionResponses",
                ["Id", "SurveyId", "ServiceUnitId", "CounselorId", "Service", "Channel", "Occasion", "IsEmployer", "Mode", "RespondedAt",
                    "Answers", "Comment", "Image", "Expectation", "Quality", "Value", "Satisfaction", "Complaint", "Loyalty"]);
            for (var i = start; i < start + Batch && i <= invitations; i++)
            {
                var (worker, unit, counselor) = workers[i % workers.Count];
                var day = now.AddDays(-(i % 365));
                DateTimeOffset? answered = i % 10 == 0 ? null : day;
                var service = 1 + i % 3;
                var channel = 1 + i % 2;
                Set(survey, surveyId, 3, "bench:" + i.ToString(CultureInfo.InvariantCulture), unit, worker, counselor, service, channel,
                    ToBinary(day.AddDays(-2)), ToBinary(day.AddDays(28)), answered is { } a ? ToBinary(a) : null, 0);
                await survey.ExecuteNonQueryAsync();
                if (answered is { } at)
                {
                    var v = Answers(random);
                    Set(response, responseId++, surveyId, unit, counselor, service, channel, 3, false, 1, ToBinary(at),
                        "[" + string.Join(",", v) + "]", surveyId % 50 == 0 ? "示例意见" : null,
                        (v[0] + v[1]) / 2.0, (v[2] + v[3]) / 2.0, (v[4] + v[5] + v[6]) / 3.0, (v[7] + v[8]) / 2.0,
                        (v[9] + v[10]) / 2.0, 11 - v[11], (v[12] + v[13]) / 2.0);
                    await response.ExecuteNonQueryAsync();
                    written++;
                }
                surveyId++;
            }
            await tx.CommitAsync();
        }
        await ExecuteAsync(connection, "ANALYZE \"SatisfactionSurveys\"; ANALYZE \"SatisfactionResponses\"; PRAGMA wal_checkpoint(TRUNCATE);");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"setup: {written:N0} responses, {invitations:N0} invitations in {watch.Elapsed.TotalSeconds:F0} s"));
    }

    /// <summary>Fourteen answers of 1–10 around one level, as the PostgreSQL setup draws them.</summary>
    private static int[] Answers(Random random)
    {
        var level = 3 + Math.Floor(random.NextDouble() * 6);
        var v = new int[Shifts.Length];
        for (var i = 0; i < v.Length; i++)
        {
            var q = (int)Math.Clamp(Math.Round(level + Shifts[i] + (random.NextDouble() - 0.5) * 3, MidpointRounding.AwayFromZero), 1, 10);
            v[i] = i == 11 ? 11 - q : q;
        }
        return v;
    }

    private static async Task<List<(long Worker, long Unit, long? Counselor)>> SampleAsync(SqliteConnection connection)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT w."Id", w."ServiceUnitId",
                   (SELECT s."Id" FROM "StaffMembers" s WHERE s."ServiceUnitId" = w."ServiceUnitId" ORDER BY s."Id" LIMIT 1)
            FROM (SELECT "Id", "ServiceUnitId" FROM "Workers" ORDER BY "Id" LIMIT 200000) w
            """;
        var sample = new List<(long, long, long?)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            sample.Add((reader.GetInt64(0), reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2)));
        return sample.Count > 0 ? sample : throw new InvalidOperationException("no workers: run generate first");
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string table, string[] columns) =>
        SqliteBulk.PrepareInsert(connection, tx, table, columns);

    private static void Set(SqliteCommand cmd, params object?[] values) => SqliteBulk.Set(cmd.Parameters, values);

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }
}
