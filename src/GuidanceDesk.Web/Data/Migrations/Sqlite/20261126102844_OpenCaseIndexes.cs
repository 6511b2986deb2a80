using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenCaseIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Open_CounselorId_LastActivityAt",
                table: "GuidanceCases",
                columns: new[] { "CounselorId", "LastActivityAt" },
                filter: "\"Stage\" <> 9");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Open_ServiceUnitId_LastActivityAt",
                table: "GuidanceCases",
                columns: new[] { "ServiceUnitId", "LastActivityAt" },
                filter: "\"Stage\" <> 9");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Open_CounselorId_LastActivityAt",
                table: "GuidanceCases");

            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Open_ServiceUnitId_LastActivityAt",
                table: "GuidanceCases");
        }
    }
}
