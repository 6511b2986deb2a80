using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QualitySupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords");

            migrationBuilder.CreateTable(
                name: "Complaints",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrackingNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ServiceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ComplainantName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Anonymous = table.Column<bool>(type: "boolean", nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    PhoneHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    WorkerId = table.Column<long>(type: "bigint", nullable: true),
                    EmployerId = table.Column<long>(type: "bigint", nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    AcknowledgedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandlerStaffId = table.Column<long>(type: "bigint", nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Investigation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Resolution = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Satisfied = table.Column<bool>(type: "boolean", nullable: true),
                    FeedbackComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    FeedbackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalatedForDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Complaints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Complaints_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_StaffMembers_HandlerStaffId",
                        column: x => x.HandlerStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Complaints_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CorrectiveActions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    SourceRef = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SourceText = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Problem = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OwnerStaffId = table.Column<long>(type: "bigint", nullable: false),
                    OwnerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RootCause = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PlannedAction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ImplementationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ImplementedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Effective = table.Column<bool>(type: "boolean", nullable: true),
                    VerificationNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    VerifiedByStaffId = table.Column<long>(type: "bigint", nullable: true),
                    VerifiedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RaisedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EscalationLevel = table.Column<int>(type: "integer", nullable: false),
                    EscalatedForDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Events = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CorrectiveActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CorrectiveActions_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CorrectiveActions_StaffMembers_OwnerStaffId",
                        column: x => x.OwnerStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CorrectiveActions_StaffMembers_VerifiedByStaffId",
                        column: x => x.VerifiedByStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InternalAudits",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Auditors = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SupervisingBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Findings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InternalAudits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InternalAudits_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ServiceDisclosures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceDisclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceDisclosures_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords",
                columns: new[] { "ServiceUnitId", "OccurredAt" })
                .Annotation("Npgsql:IndexInclude", new[] { "Kind", "Channel", "WorkerId" });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Closed_ServiceUnitId_ClosedAt",
                table: "GuidanceCases",
                columns: new[] { "ServiceUnitId", "ClosedAt" },
                filter: "\"Stage\" = 9");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_ServiceUnitId_OpenedAt",
                table: "GuidanceCases",
                columns: new[] { "ServiceUnitId", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_EmployerId",
                table: "Complaints",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_HandlerStaffId_Status",
                table: "Complaints",
                columns: new[] { "HandlerStaffId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_ServiceUnitId_Status_ReceivedAt",
                table: "Complaints",
                columns: new[] { "ServiceUnitId", "Status", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_Status_DueOn",
                table: "Complaints",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_TrackingNumber",
                table: "Complaints",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_WorkerId",
                table: "Complaints",
                column: "WorkerId");

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_OwnerStaffId_Status",
                table: "CorrectiveActions",
                columns: new[] { "OwnerStaffId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_ServiceUnitId_Status_DueOn",
                table: "CorrectiveActions",
                columns: new[] { "ServiceUnitId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_Source_SourceRef",
                table: "CorrectiveActions",
                columns: new[] { "Source", "SourceRef" });

            migrationBuilder.CreateIndex(
                name: "IX_CorrectiveActions_VerifiedByStaffId",
                table: "CorrectiveActions",
                column: "VerifiedByStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_InternalAudits_ServiceUnitId_PlannedStart",
                table: "InternalAudits",
                columns: new[] { "ServiceUnitId", "PlannedStart" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceDisclosures_ServiceUnitId",
                table: "ServiceDisclosures",
                column: "ServiceUnitId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Complaints");

            migrationBuilder.DropTable(
                name: "CorrectiveActions");

            migrationBuilder.DropTable(
                name: "InternalAudits");

            migrationBuilder.DropTable(
                name: "ServiceDisclosures");

            migrationBuilder.DropIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords");

            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Closed_ServiceUnitId_ClosedAt",
                table: "GuidanceCases");

            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_ServiceUnitId_OpenedAt",
                table: "GuidanceCases");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceRecords_ServiceUnitId_OccurredAt",
                table: "GuidanceRecords",
                columns: new[] { "ServiceUnitId", "OccurredAt" });
        }
    }
}
