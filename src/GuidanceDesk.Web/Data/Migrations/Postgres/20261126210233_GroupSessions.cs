using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    GuidanceProjectId = table.Column<long>(type: "bigint", nullable: true),
                    Topic = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ServiceItems = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Place = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OnlineLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    FacilitatorStaffId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ParticipantCount = table.Column<int>(type: "integer", nullable: false),
                    MaterialsDeadline = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HeldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HeldByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    MaterialCount = table.Column<int>(type: "integer", nullable: false),
                    MaterialsReadyAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MaterialsSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MaterialsSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MaterialsSendings = table.Column<int>(type: "integer", nullable: false),
                    MaterialsFlaggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LateReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    LateReasonByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LateReasonAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RecordingFileId = table.Column<long>(type: "bigint", nullable: true),
                    RecordingUploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RecordingByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Materials = table.Column<string>(type: "jsonb", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GroupSessionId = table.Column<long>(type: "bigint", nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    JoinedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    MaterialsSentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    MaterialsOpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RecordingConsentId = table.Column<long>(type: "bigint", nullable: true),
                    Attended = table.Column<bool>(type: "boolean", nullable: true),
                    GuidanceRecordId = table.Column<long>(type: "bigint", nullable: true),
                    RecordingOutcome = table.Column<int>(type: "integer", nullable: true),
                    RecordingItemId = table.Column<long>(type: "bigint", nullable: true),
                    RecordingCaseId = table.Column<long>(type: "bigint", nullable: true)
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
