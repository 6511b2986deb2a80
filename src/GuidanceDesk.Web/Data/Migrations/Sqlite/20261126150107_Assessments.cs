using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssessmentPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Mode = table.Column<int>(type: "INTEGER", nullable: false),
                    PlannedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InstrumentIds = table.Column<string>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AgreedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AgreementChannel = table.Column<int>(type: "INTEGER", nullable: true),
                    AgreementRecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ConsentRecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentPlans_ConsentRecords_ConsentRecordId",
                        column: x => x.ConsentRecordId,
                        principalTable: "ConsentRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentPlans_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentPlans_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentPlans_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssessmentPlans_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Instruments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    LoadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RetiredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Instruments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareerTendencyReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: true),
                    AssessmentIds = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousReportId = table.Column<long>(type: "INTEGER", nullable: true),
                    Evaluation = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    IssuedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FeedbackOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FeedbackChannel = table.Column<int>(type: "INTEGER", nullable: true),
                    WorkerComments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FeedbackRecordedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Suggestions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerTendencyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareerTendencyReports_AssessmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AssessmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerTendencyReports_CareerTendencyReports_PreviousReportId",
                        column: x => x.PreviousReportId,
                        principalTable: "CareerTendencyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerTendencyReports_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerTendencyReports_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerTendencyReports_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CareerTendencyReports_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    InstrumentId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Administration = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ActiveSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    Warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    HollandCode = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    HollandTied = table.Column<bool>(type: "INTEGER", nullable: false),
                    Consistency = table.Column<int>(type: "INTEGER", nullable: true),
                    Differentiation = table.Column<int>(type: "INTEGER", nullable: true),
                    EnteredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    VoidReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Scores = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assessments_AssessmentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "AssessmentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Instruments_InstrumentId",
                        column: x => x.InstrumentId,
                        principalTable: "Instruments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Assessments_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AssessmentAnswers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AssessmentId = table.Column<long>(type: "INTEGER", nullable: false),
                    ItemIndex = table.Column<short>(type: "INTEGER", nullable: false),
                    Value = table.Column<short>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssessmentAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssessmentAnswers_Assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "Assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentAnswers_AssessmentId_ItemIndex",
                table: "AssessmentAnswers",
                columns: new[] { "AssessmentId", "ItemIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPlans_CaseId",
                table: "AssessmentPlans",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPlans_ConsentRecordId",
                table: "AssessmentPlans",
                column: "ConsentRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPlans_CounselorId_Status",
                table: "AssessmentPlans",
                columns: new[] { "CounselorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPlans_ServiceUnitId_Status_PlannedOn",
                table: "AssessmentPlans",
                columns: new[] { "ServiceUnitId", "Status", "PlannedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPlans_WorkerId_CreatedAt",
                table: "AssessmentPlans",
                columns: new[] { "WorkerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_InstrumentId_Status",
                table: "Assessments",
                columns: new[] { "InstrumentId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_PlanId",
                table: "Assessments",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_ServiceUnitId",
                table: "Assessments",
                column: "ServiceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Assessments_WorkerId_Status",
                table: "Assessments",
                columns: new[] { "WorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CareerTendencyReports_CaseId",
                table: "CareerTendencyReports",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerTendencyReports_CounselorId",
                table: "CareerTendencyReports",
                column: "CounselorId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerTendencyReports_PlanId",
                table: "CareerTendencyReports",
                column: "PlanId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareerTendencyReports_PreviousReportId",
                table: "CareerTendencyReports",
                column: "PreviousReportId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerTendencyReports_ServiceUnitId_Status",
                table: "CareerTendencyReports",
                columns: new[] { "ServiceUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CareerTendencyReports_WorkerId_CreatedAt",
                table: "CareerTendencyReports",
                columns: new[] { "WorkerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Instruments_Code_Version",
                table: "Instruments",
                columns: new[] { "Code", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssessmentAnswers");

            migrationBuilder.DropTable(
                name: "CareerTendencyReports");

            migrationBuilder.DropTable(
                name: "Assessments");

            migrationBuilder.DropTable(
                name: "AssessmentPlans");

            migrationBuilder.DropTable(
                name: "Instruments");
        }
    }
}
