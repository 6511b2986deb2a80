using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId",
                table: "SatisfactionResponses");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId_RespondedAt",
                table: "SatisfactionResponses",
                columns: new[] { "ServiceUnitId", "RespondedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId_RespondedAt",
                table: "SatisfactionResponses");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId",
                table: "SatisfactionResponses",
                column: "ServiceUnitId");
        }
    }
}
