using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseReferralsAndRiskAlerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ReferralReceiverStaffId",
                table: "GuidanceCases",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReferralReceiverUnitId",
                table: "GuidanceCases",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "OutsideAgencies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OpeningHours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Services = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutsideAgencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RiskAlerts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Observed = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ImmediateDanger = table.Column<bool>(type: "boolean", nullable: false),
                    RaisedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RaisedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    EscalationLevel = table.Column<int>(type: "integer", nullable: false),
                    ResponsibleStaffId = table.Column<long>(type: "bigint", nullable: true),
                    NextEscalationAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcknowledgedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    AcknowledgedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    ClosedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ClosingSummary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Actions = table.Column<string>(type: "jsonb", nullable: true),
                    Notices = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskAlerts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskAlerts_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAlerts_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAlerts_StaffMembers_ResponsibleStaffId",
                        column: x => x.ResponsibleStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RiskAlerts_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RiskDutyRosters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    EscalationMinutes = table.Column<int>(type: "integer", nullable: false),
                    CrisisHotline = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Members = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RiskDutyRosters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RiskDutyRosters_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseReferrals",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    SenderStaffId = table.Column<long>(type: "bigint", nullable: true),
                    SenderUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    SenderName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    ReceiverStaffId = table.Column<long>(type: "bigint", nullable: true),
                    ReceiverUnitId = table.Column<long>(type: "bigint", nullable: true),
                    AgencyId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ConsentRecordId = table.Column<long>(type: "bigint", nullable: true),
                    ConsentChannel = table.Column<int>(type: "integer", nullable: true),
                    ConsentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandedOverRecordIds = table.Column<long[]>(type: "bigint[]", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnswerDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AnsweredByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AnswerNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    InterviewDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    InterviewBookedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InterviewAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AppointmentId = table.Column<long>(type: "bigint", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<string>(type: "jsonb", nullable: true),
                    Form = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_Appointments_AppointmentId",
                        column: x => x.AppointmentId,
                        principalTable: "Appointments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_ConsentRecords_ConsentRecordId",
                        column: x => x.ConsentRecordId,
                        principalTable: "ConsentRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_OutsideAgencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "OutsideAgencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_ServiceUnits_ReceiverUnitId",
                        column: x => x.ReceiverUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_StaffMembers_ReceiverStaffId",
                        column: x => x.ReceiverStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_StaffMembers_SenderStaffId",
                        column: x => x.SenderStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseReferrals_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_ReferralReceiverStaffId",
                table: "GuidanceCases",
                column: "ReferralReceiverStaffId",
                filter: "\"ReferralReceiverStaffId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_ReferralReceiverUnitId",
                table: "GuidanceCases",
                column: "ReferralReceiverUnitId",
                filter: "\"ReferralReceiverUnitId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_AgencyId",
                table: "CaseReferrals",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_AppointmentId",
                table: "CaseReferrals",
                column: "AppointmentId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_CaseId_CreatedAt",
                table: "CaseReferrals",
                columns: new[] { "CaseId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_ConsentRecordId",
                table: "CaseReferrals",
                column: "ConsentRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_ReceiverStaffId_Status",
                table: "CaseReferrals",
                columns: new[] { "ReceiverStaffId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_ReceiverUnitId_Status",
                table: "CaseReferrals",
                columns: new[] { "ReceiverUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_SenderStaffId_Status",
                table: "CaseReferrals",
                columns: new[] { "SenderStaffId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_ServiceUnitId_Status",
                table: "CaseReferrals",
                columns: new[] { "ServiceUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseReferrals_WorkerId",
                table: "CaseReferrals",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "UX_CaseReferrals_OpenPerCase",
                table: "CaseReferrals",
                column: "CaseId",
                unique: true,
                filter: "\"Status\" IN (1, 2, 3, 5)");

            migrationBuilder.CreateIndex(
                name: "IX_OutsideAgencies_Kind_IsActive",
                table: "OutsideAgencies",
                columns: new[] { "Kind", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_OutsideAgencies_Name",
                table: "OutsideAgencies",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_CaseId",
                table: "RiskAlerts",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_NextEscalationAt",
                table: "RiskAlerts",
                column: "NextEscalationAt",
                filter: "\"NextEscalationAt\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_ResponsibleStaffId",
                table: "RiskAlerts",
                column: "ResponsibleStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_ServiceUnitId_Status_RaisedAt",
                table: "RiskAlerts",
                columns: new[] { "ServiceUnitId", "Status", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskAlerts_WorkerId_RaisedAt",
                table: "RiskAlerts",
                columns: new[] { "WorkerId", "RaisedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RiskDutyRosters_ServiceUnitId",
                table: "RiskDutyRosters",
                column: "ServiceUnitId",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_GuidanceCases_ServiceUnits_ReferralReceiverUnitId",
                table: "GuidanceCases",
                column: "ReferralReceiverUnitId",
                principalTable: "ServiceUnits",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_GuidanceCases_StaffMembers_ReferralReceiverStaffId",
                table: "GuidanceCases",
                column: "ReferralReceiverStaffId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_GuidanceCases_ServiceUnits_ReferralReceiverUnitId",
                table: "GuidanceCases");

            migrationBuilder.DropForeignKey(
                name: "FK_GuidanceCases_StaffMembers_ReferralReceiverStaffId",
                table: "GuidanceCases");

            migrationBuilder.DropTable(
                name: "CaseReferrals");

            migrationBuilder.DropTable(
                name: "RiskAlerts");

            migrationBuilder.DropTable(
                name: "RiskDutyRosters");

            migrationBuilder.DropTable(
                name: "OutsideAgencies");

            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_ReferralReceiverStaffId",
                table: "GuidanceCases");

            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_ReferralReceiverUnitId",
                table: "GuidanceCases");

            migrationBuilder.DropColumn(
                name: "ReferralReceiverStaffId",
                table: "GuidanceCases");

            migrationBuilder.DropColumn(
                name: "ReferralReceiverUnitId",
                table: "GuidanceCases");
        }
    }
}
