using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class GuidanceProjects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "GuidanceProjectId",
                table: "GuidanceCases",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "GuidanceProjectId",
                table: "AssessmentPlans",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "GuidanceProjects",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NeedsAnalysis = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TargetGroup = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Objectives = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LeadStaffId = table.Column<long>(type: "bigint", nullable: true),
                    MemberStaffIds = table.Column<long[]>(type: "bigint[]", nullable: false),
                    BudgetNotes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    CountsFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CountsUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Criteria = table.Column<string>(type: "jsonb", nullable: false),
                    Evaluation = table.Column<string>(type: "jsonb", nullable: true),
                    Indicators = table.Column<string>(type: "jsonb", nullable: true),
                    Schedule = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidanceProjects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GuidanceProjects_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_GuidanceProjects_StaffMembers_LeadStaffId",
                        column: x => x.LeadStaffId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_GuidanceProjectId",
                table: "GuidanceCases",
                column: "GuidanceProjectId",
                filter: "\"GuidanceProjectId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AssessmentPlans_GuidanceProjectId",
                table: "AssessmentPlans",
                column: "GuidanceProjectId",
                filter: "\"GuidanceProjectId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceProjects_LeadStaffId",
                table: "GuidanceProjects",
                column: "LeadStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceProjects_ServiceUnitId_Status_PeriodStart",
                table: "GuidanceProjects",
                columns: new[] { "ServiceUnitId", "Status", "PeriodStart" });

            migrationBuilder.AddForeignKey(
                name: "FK_AssessmentPlans_GuidanceProjects_GuidanceProjectId",
                table: "AssessmentPlans",
                column: "GuidanceProjectId",
                principalTable: "GuidanceProjects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_GuidanceCases_GuidanceProjects_GuidanceProjectId",
                table: "GuidanceCases",
                column: "GuidanceProjectId",
                principalTable: "GuidanceProjects",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AssessmentPlans_GuidanceProjects_GuidanceProjectId",
                table: "AssessmentPlans");

            migrationBuilder.DropForeignKey(
                name: "FK_GuidanceCases_GuidanceProjects_GuidanceProjectId",
                table: "GuidanceCases");

            migrationBuilder.DropTable(
                name: "GuidanceProjects");

            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_GuidanceProjectId",
                table: "GuidanceCases");

            migrationBuilder.DropIndex(
                name: "IX_AssessmentPlans_GuidanceProjectId",
                table: "AssessmentPlans");

            migrationBuilder.DropColumn(
                name: "GuidanceProjectId",
                table: "GuidanceCases");

            migrationBuilder.DropColumn(
                name: "GuidanceProjectId",
                table: "AssessmentPlans");
        }
    }
}
