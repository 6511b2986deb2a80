using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseClosedWith : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ClosedWith",
                table: "GuidanceCases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ClosedWorkerGroups",
                table: "GuidanceCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Cases closed before this change: the kind from the outcome, the groups as the worker's now (the nearest known).
            migrationBuilder.Sql("""
                UPDATE "GuidanceCases" SET "ClosedWith" = json_extract("Outcome", '$.Kind'),
                    "ClosedWorkerGroups" = (SELECT w."SpecialGroups" FROM "Workers" AS w WHERE w."Id" = "GuidanceCases"."WorkerId")
                WHERE "Outcome" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClosedWith",
                table: "GuidanceCases");

            migrationBuilder.DropColumn(
                name: "ClosedWorkerGroups",
                table: "GuidanceCases");
        }
    }
}
