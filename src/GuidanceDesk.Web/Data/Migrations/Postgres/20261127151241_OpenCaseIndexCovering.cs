using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OpenCaseIndexCovering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Open_CounselorId_LastActivityAt",
                table: "GuidanceCases");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Open_CounselorId_LastActivityAt",
                table: "GuidanceCases",
                columns: new[] { "CounselorId", "LastActivityAt" },
                filter: "\"Stage\" <> 9")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "WorkerId", "WorkerGroups", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Open_CounselorId_LastActivityAt",
                table: "GuidanceCases");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Open_CounselorId_LastActivityAt",
                table: "GuidanceCases",
                columns: new[] { "CounselorId", "LastActivityAt" },
                filter: "\"Stage\" <> 9");
        }
    }
}
