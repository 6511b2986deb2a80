using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpenCaseChecklistIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Open_Checklist",
                table: "GuidanceCases",
                columns: new[] { "CounselorId", "Id" },
                filter: "\"Stage\" <> 9 AND (\"WorkerGroups\" & 7) <> 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Open_Checklist",
                table: "GuidanceCases");
        }
    }
}
