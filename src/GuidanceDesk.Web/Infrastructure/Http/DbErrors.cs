using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Infrastructure.Http;

/// <summary>Recognises a unique-index violation on either provider, so that a race lost to a unique index becomes a 409.</summary>
public static class DbErrors
{
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
