using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RecordServedAs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "WorkerAssistanceCategory",
                table: "GuidanceRecords",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkerGroups",
                table: "GuidanceRecords",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Records kept before this change take the worker's groups as they are now: the nearest known.
            migrationBuilder.Sql("""
                UPDATE "GuidanceRecords" SET
                    "WorkerGroups" = (SELECT w."SpecialGroups" FROM "Workers" AS w WHERE w."Id" = "GuidanceRecords"."WorkerId"),
                    "WorkerAssistanceCategory" = (SELECT w."AssistanceCategory" FROM "Workers" AS w WHERE w."Id" = "GuidanceRecords"."WorkerId");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkerAssistanceCategory",
                table: "GuidanceRecords");

            migrationBuilder.DropColumn(
                name: "WorkerGroups",
                table: "GuidanceRecords");
        }
    }
}
