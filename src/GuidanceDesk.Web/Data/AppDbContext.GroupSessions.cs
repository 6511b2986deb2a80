using GuidanceDesk.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace GuidanceDesk.Web.Data;

/// <summary>Group guidance (7.1.2): sessions and their participants, in a file of their own.</summary>
public abstract partial class AppDbContext
{
    public DbSet<GroupSession> GroupSessions => Set<GroupSession>();
    public DbSet<GroupSessionParticipant> GroupSessionParticipants => Set<GroupSessionParticipant>();
}
