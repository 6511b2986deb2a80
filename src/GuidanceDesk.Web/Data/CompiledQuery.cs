using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace GuidanceDesk.Web.Data;

/// <summary>
/// A query compiled once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, IQueryable{TResult}}})"/>)
/// for each model it runs on. For the hottest reads only: building a LINQ expression tree on every call, then hashing
/// it to find the cached plan, cost the case page about a fifth of its CPU in the app. A compiled query binds to the
/// first model it meets and refuses any other; the app has two (SQLite, PostgreSQL), which the tests use side by side
/// in one process, so each model gets its own (held weakly, as a model lives as long as its service provider).
/// </summary>
public sealed class CompiledQuery<TQuery>(Func<TQuery> compile) where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> _byModel = [];

    public TQuery For(DbContext db) => _byModel.GetValue(db.Model, _ => compile());
}

/// <summary>A row and the staff name that goes with it (read by id in the same statement).</summary>
public sealed record WithName<T>(T Item, string? Name);
