using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuidanceCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CounselorSlots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: true),
                    ReservedForPriority = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsWithdrawn = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CounselorSlots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CounselorSlots_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CounselorSlots_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GuidanceCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Stage = table.Column<int>(type: "INTEGER", nullable: false),
                    StageBeforeClose = table.Column<int>(type: "INTEGER", nullable: true),
                    NeededServices = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsAnalysis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewAnalysis = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastActivityAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Assignments = table.Column<string>(type: "TEXT", nullable: true),
                    Checklist = table.Column<string>(type: "TEXT", nullable: true),
                    Goals = table.Column<string>(type: "TEXT", nullable: true),
                    Intake = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    Transitions = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidanceCases_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceCases_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceCases_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SavedFilters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Query = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedFilters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Appointments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: false),
                    SlotId = table.Column<long>(type: "INTEGER", nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Purposes = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    DifficultyNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    IsPriority = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CancelledByWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    ArrivedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    RescheduleCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Appointments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Appointments_CounselorSlots_SlotId",
                        column: x => x.SlotId,
                        principalTable: "CounselorSlots",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Appointments_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    FromWorker = table.Column<bool>(type: "INTEGER", nullable: false),
                    SenderUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMessages_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseMessages_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentPlans",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousPlanId = table.Column<long>(type: "INTEGER", nullable: true),
                    Goal = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FollowUpEveryDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ActivatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Actions = table.Column<string>(type: "TEXT", nullable: true),
                    Agreement = table.Column<string>(type: "TEXT", nullable: true),
                    Changes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmploymentPlans_EmploymentPlans_PreviousPlanId",
                        column: x => x.PreviousPlanId,
                        principalTable: "EmploymentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmploymentPlans_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmploymentPlans_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmploymentPlans_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GuidanceRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: true),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ServiceItems = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Advice = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NextSteps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Registration = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidanceRecords_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceRecords_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceRecords_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceRecords_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<long>(type: "INTEGER", nullable: false),
                    PlanId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    CounselorId = table.Column<long>(type: "INTEGER", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DoneAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Channel = table.Column<int>(type: "INTEGER", nullable: true),
                    WhatWasDone = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WhatChanged = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReportedStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    CheckIn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CheckInAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_EmploymentPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "EmploymentPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CaseId",
                table: "Appointments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_CounselorId_StartsAt_Status",
                table: "Appointments",
                columns: new[] { "CounselorId", "StartsAt", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_ServiceUnitId_StartsAt",
                table: "Appointments",
                columns: new[] { "ServiceUnitId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_WorkerId_StartsAt",
                table: "Appointments",
                columns: new[] { "WorkerId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "UX_Appointments_BookedCounselorStart",
                table: "Appointments",
                columns: new[] { "CounselorId", "StartsAt" },
                unique: true,
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "UX_Appointments_BookedSlot",
                table: "Appointments",
                column: "SlotId",
                unique: true,
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMessages_CaseId_SentAt",
                table: "CaseMessages",
                columns: new[] { "CaseId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMessages_ServiceUnitId",
                table: "CaseMessages",
                column: "ServiceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CounselorSlots_CounselorId_StartsAt",
                table: "CounselorSlots",
                columns: new[] { "CounselorId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CounselorSlots_ServiceUnitId_StartsAt",
                table: "CounselorSlots",
                columns: new[] { "ServiceUnitId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentPlans_CaseId_Sequence",
                table: "EmploymentPlans",
                columns: new[] { "CaseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentPlans_PreviousPlanId",
                table: "EmploymentPlans",
                column: "PreviousPlanId");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentPlans_ServiceUnitId",
                table: "EmploymentPlans",
                column: "ServiceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentPlans_Status_PeriodEnd",
                table: "EmploymentPlans",
                columns: new[] { "Status", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentPlans_WorkerId",
                table: "EmploymentPlans",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_CaseId_DueOn",
                table: "FollowUps",
                columns: new[] { "CaseId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_CounselorId_Status_DueOn",
                table: "FollowUps",
                columns: new[] { "CounselorId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_PlanId",
                table: "FollowUps",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ServiceUnitId_Status_DueOn",
                table: "FollowUps",
                columns: new[] { "ServiceUnitId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_Status_DueOn",
                table: "FollowUps",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_WorkerId",
                table: "FollowUps",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_CounselorId_LastActivityAt",
                table: "GuidanceCases",
                columns: new[] { "CounselorId", "LastActivityAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_CounselorId_Stage",
                table: "GuidanceCases",
                columns: new[] { "CounselorId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_ServiceUnitId_LastActivityAt",
                table: "GuidanceCases",
                columns: new[] { "ServiceUnitId", "LastActivityAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_ServiceUnitId_Stage",
                table: "GuidanceCases",
                columns: new[] { "ServiceUnitId", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_WorkerId_OpenedAt",
                table: "GuidanceCases",
                columns: new[] { "WorkerId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "UX_GuidanceCases_OpenPerWorker",
                table: "GuidanceCases",
                column: "WorkerId",
                unique: true,
                filter: "\"Stage\" <> 9");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceRecords_CaseId_OccurredAt",
                table: "GuidanceRecords",
                columns: new[] { "CaseId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceRecords_CounselorId_OccurredAt",
                table: "GuidanceRecords",
                columns: new[] { "CounselorId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords",
                columns: new[] { "ServiceUnitId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceRecords_WorkerId_OccurredAt",
                table: "GuidanceRecords",
                columns: new[] { "WorkerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SavedFilters_UserId_Name",
                table: "SavedFilters",
                columns: new[] { "UserId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Appointments");

            migrationBuilder.DropTable(
                name: "CaseMessages");

            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropTable(
                name: "GuidanceRecords");

            migrationBuilder.DropTable(
                name: "SavedFilters");

            migrationBuilder.DropTable(
                name: "CounselorSlots");

            migrationBuilder.DropTable(
                name: "EmploymentPlans");

            migrationBuilder.DropTable(
                name: "GuidanceCases");
        }
    }
}
