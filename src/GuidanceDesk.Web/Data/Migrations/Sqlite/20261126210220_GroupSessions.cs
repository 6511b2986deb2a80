using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GroupSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GroupSessions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    GuidanceProjectId = table.Column<long>(type: "INTEGER", nullable: true),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ServiceItems = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OnlineLink = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    FacilitatorStaffId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialsDeadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HeldAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HeldByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CancelledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialCount = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialsReadyAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MaterialsSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MaterialsSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MaterialsSendings = table.Column<int>(type: "INTEGER", nullable: false),
                    MaterialsFlaggedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LateReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LateReasonByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LateReasonAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordingFileId = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordingUploadedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordingByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Materials = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupSessions_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupSessions_StaffMembers_FacilitatorStaffId",
                        column: x => x.FacilitatorStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupSessions_StoredFiles_RecordingFileId",
                        column: x => x.RecordingFileId,
                        principalTable: "StoredFiles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupSessionParticipants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GroupSessionId = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    MaterialsSentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MaterialsOpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordingConsentId = table.Column<long>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: true),
                    GuidanceRecordId = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordingOutcome = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordingItemId = table.Column<long>(type: "INTEGER", nullable: true),
                    RecordingCaseId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupSessionParticipants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GroupSessionParticipants_ArchiveItems_RecordingItemId",
                        column: x => x.RecordingItemId,
                        principalTable: "ArchiveItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupSessionParticipants_ConsentRecords_RecordingConsentId",
                        column: x => x.RecordingConsentId,
                        principalTable: "ConsentRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupSessionParticipants_GroupSessions_GroupSessionId",
                        column: x => x.GroupSessionId,
                        principalTable: "GroupSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GroupSessionParticipants_GuidanceRecords_GuidanceRecordId",
                        column: x => x.GuidanceRecordId,
                        principalTable: "GuidanceRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GroupSessionParticipants_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessionParticipants_GroupSessionId_WorkerId",
                table: "GroupSessionParticipants",
                columns: new[] { "GroupSessionId", "WorkerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessionParticipants_GuidanceRecordId",
                table: "GroupSessionParticipants",
                column: "GuidanceRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessionParticipants_RecordingCaseId",
                table: "GroupSessionParticipants",
                column: "RecordingCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessionParticipants_RecordingConsentId",
                table: "GroupSessionParticipants",
                column: "RecordingConsentId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessionParticipants_RecordingItemId",
                table: "GroupSessionParticipants",
                column: "RecordingItemId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessionParticipants_WorkerId",
                table: "GroupSessionParticipants",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_FacilitatorStaffId",
                table: "GroupSessions",
                column: "FacilitatorStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_GuidanceProjectId",
                table: "GroupSessions",
                column: "GuidanceProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_RecordingFileId",
                table: "GroupSessions",
                column: "RecordingFileId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_ServiceUnitId_StartsAt",
                table: "GroupSessions",
                columns: new[] { "ServiceUnitId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_GroupSessions_Status_MaterialsDeadline",
                table: "GroupSessions",
                columns: new[] { "Status", "MaterialsDeadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GroupSessionParticipants");

            migrationBuilder.DropTable(
                name: "GroupSessions");
        }
    }
}
