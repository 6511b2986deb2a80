using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseClosedWith : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Closed_ServiceUnitId_ClosedAt",
                table: "GuidanceCases");

            migrationBuilder.AddColumn<int>(
                name: "ClosedWith",
                table: "GuidanceCases",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedWorkerGroups",
                table: "GuidanceCases",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Cases closed before this change: the kind from the outcome, the groups as the worker's now (the nearest known).
            migrationBuilder.Sql("""
                UPDATE "GuidanceCases" AS c SET "ClosedWith" = (c."Outcome" ->> 'Kind')::integer, "ClosedWorkerGroups" = w."SpecialGroups"
                FROM "Workers" AS w WHERE w."Id" = c."WorkerId" AND c."Outcome" IS NOT NULL;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Closed_ServiceUnitId_ClosedAt",
                table: "GuidanceCases",
                columns: new[] { "ServiceUnitId", "ClosedAt" },
                filter: "\"Stage\" = 9")
                .Annotation("Npgsql:IndexInclude", new[] { "ClosedWith", "ClosedWorkerGroups", "OpenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Closed_ServiceUnitId_ClosedAt",
                table: "GuidanceCases");

            migrationBuilder.DropColumn(
                name: "ClosedWith",
                table: "GuidanceCases");

            migrationBuilder.DropColumn(
                name: "ClosedWorkerGroups",
                table: "GuidanceCases");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Closed_ServiceUnitId_ClosedAt",
                table: "GuidanceCases",
                columns: new[] { "ServiceUnitId", "ClosedAt" },
                filter: "\"Stage\" = 9");
        }
    }
}
