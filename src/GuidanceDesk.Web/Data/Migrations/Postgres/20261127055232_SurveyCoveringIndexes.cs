using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SatisfactionSurveys_ServiceUnitId_InvitedAt",
                table: "SatisfactionSurveys");

            migrationBuilder.DropIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId",
                table: "SatisfactionResponses");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_ServiceUnitId_InvitedAt",
                table: "SatisfactionSurveys",
                columns: new[] { "ServiceUnitId", "InvitedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "RespondedAt", "ExpiresAt", "CounselorId", "Service", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId_RespondedAt",
                table: "SatisfactionResponses",
                columns: new[] { "ServiceUnitId", "RespondedAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "CounselorId", "Service", "Channel", "Image", "Expectation", "Quality", "Value", "Satisfaction", "Complaint", "Loyalty" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SatisfactionSurveys_ServiceUnitId_InvitedAt",
                table: "SatisfactionSurveys");

            migrationBuilder.DropIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId_RespondedAt",
                table: "SatisfactionResponses");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_ServiceUnitId_InvitedAt",
                table: "SatisfactionSurveys",
                columns: new[] { "ServiceUnitId", "InvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId",
                table: "SatisfactionResponses",
                column: "ServiceUnitId");
        }
    }
}
