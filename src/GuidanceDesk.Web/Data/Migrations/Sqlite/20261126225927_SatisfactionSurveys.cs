using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SatisfactionSurveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SatisfactionSurveys",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Occasion = table.Column<int>(type: "INTEGER", nullable: false),
                    OccasionKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: true),
                    EmployerId = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    EmployerCaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    GroupSessionId = table.Column<long>(type: "INTEGER", nullable: true),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: true),
                    Service = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionSurveys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_EmployerCases_EmployerCaseId",
                        column: x => x.EmployerCaseId,
                        principalTable: "EmployerCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_GroupSessions_GroupSessionId",
                        column: x => x.GroupSessionId,
                        principalTable: "GroupSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SatisfactionSurveys_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SatisfactionResponses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<long>(type: "INTEGER", nullable: false),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: true),
                    Service = table.Column<int>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Occasion = table.Column<int>(type: "INTEGER", nullable: false),
                    IsEmployer = table.Column<bool>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    GroupSessionId = table.Column<long>(type: "INTEGER", nullable: true),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    EnteredByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RespondedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Image = table.Column<double>(type: "REAL", nullable: false),
                    Expectation = table.Column<double>(type: "REAL", nullable: false),
                    Quality = table.Column<double>(type: "REAL", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false),
                    Satisfaction = table.Column<double>(type: "REAL", nullable: false),
                    Complaint = table.Column<double>(type: "REAL", nullable: false),
                    Loyalty = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SatisfactionResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SatisfactionResponses_SatisfactionSurveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "SatisfactionSurveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SatisfactionResponses_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_CaseId",
                table: "SatisfactionResponses",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_CounselorId_RespondedAt",
                table: "SatisfactionResponses",
                columns: new[] { "CounselorId", "RespondedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_GroupSessionId",
                table: "SatisfactionResponses",
                column: "GroupSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_RespondedAt_ServiceUnitId",
                table: "SatisfactionResponses",
                columns: new[] { "RespondedAt", "ServiceUnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_ServiceUnitId",
                table: "SatisfactionResponses",
                column: "ServiceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionResponses_SurveyId",
                table: "SatisfactionResponses",
                column: "SurveyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_CaseId",
                table: "SatisfactionSurveys",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_CounselorId",
                table: "SatisfactionSurveys",
                column: "CounselorId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_EmployerCaseId",
                table: "SatisfactionSurveys",
                column: "EmployerCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_EmployerId_RespondedAt",
                table: "SatisfactionSurveys",
                columns: new[] { "EmployerId", "RespondedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_GroupSessionId",
                table: "SatisfactionSurveys",
                column: "GroupSessionId");

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_OccasionKey",
                table: "SatisfactionSurveys",
                column: "OccasionKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_ServiceUnitId_InvitedAt",
                table: "SatisfactionSurveys",
                columns: new[] { "ServiceUnitId", "InvitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SatisfactionSurveys_WorkerId_RespondedAt",
                table: "SatisfactionSurveys",
                columns: new[] { "WorkerId", "RespondedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SatisfactionResponses");

            migrationBuilder.DropTable(
                name: "SatisfactionSurveys");
        }
    }
}
