using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RecordServedAs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords");

            migrationBuilder.AddColumn<int>(
                name: "WorkerAssistanceCategory",
                table: "GuidanceRecords",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkerGroups",
                table: "GuidanceRecords",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Records kept before this change take the worker's groups as they are now: the nearest known.
            migrationBuilder.Sql("""
                UPDATE "GuidanceRecords" AS r SET "WorkerGroups" = w."SpecialGroups", "WorkerAssistanceCategory" = w."AssistanceCategory"
                FROM "Workers" AS w WHERE w."Id" = r."WorkerId" AND (w."SpecialGroups" <> 0 OR w."AssistanceCategory" IS NOT NULL);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords",
                columns: new[] { "ServiceUnitId", "OccurredAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Kind", "Channel", "WorkerId", "WorkerGroups", "WorkerAssistanceCategory" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords");

            migrationBuilder.DropColumn(
                name: "WorkerAssistanceCategory",
                table: "GuidanceRecords");

            migrationBuilder.DropColumn(
                name: "WorkerGroups",
                table: "GuidanceRecords");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords",
                columns: new[] { "ServiceUnitId", "OccurredAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Kind", "Channel", "WorkerId" });
        }
    }
}
