using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Placements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Placements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    VacancyId = table.Column<long>(type: "bigint", nullable: false),
                    EmployerId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: true),
                    CounselorId = table.Column<long>(type: "bigint", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    MaxScore = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    IsManual = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ReferredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    InterviewedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RejectionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MonthlyPay = table.Column<int>(type: "integer", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Components = table.Column<string>(type: "jsonb", nullable: true),
                    Steps = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placements_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placements_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_MediumGroup_DistrictCode",
                table: "Vacancies",
                columns: new[] { "Status", "MediumGroup", "DistrictCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_MediumGroup_Id",
                table: "Vacancies",
                columns: new[] { "Status", "MediumGroup", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SeekerIntentions_IsSeeking_MediumGroup_DistrictCode",
                table: "SeekerIntentions",
                columns: new[] { "IsSeeking", "MediumGroup", "DistrictCode" });

            migrationBuilder.CreateIndex(
                name: "IX_SeekerIntentions_ServiceUnitId_IsSeeking_MediumGroup_MinorG~",
                table: "SeekerIntentions",
                columns: new[] { "ServiceUnitId", "IsSeeking", "MediumGroup", "MinorGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CaseId",
                table: "Placements",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Placements_CounselorId_Status",
                table: "Placements",
                columns: new[] { "CounselorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_EmployerId_Status_CreatedAt",
                table: "Placements",
                columns: new[] { "EmployerId", "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_ServiceUnitId_CreatedAt",
                table: "Placements",
                columns: new[] { "ServiceUnitId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_VacancyId_Status",
                table: "Placements",
                columns: new[] { "VacancyId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Placements_WorkerId_CreatedAt",
                table: "Placements",
                columns: new[] { "WorkerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "UX_Placements_ActivePerWorkerVacancy",
                table: "Placements",
                columns: new[] { "WorkerId", "VacancyId" },
                unique: true,
                filter: "\"Status\" IN (1, 2, 3)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Placements");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_Status_MediumGroup_DistrictCode",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_Vacancies_Status_MediumGroup_Id",
                table: "Vacancies");

            migrationBuilder.DropIndex(
                name: "IX_SeekerIntentions_IsSeeking_MediumGroup_DistrictCode",
                table: "SeekerIntentions");

            migrationBuilder.DropIndex(
                name: "IX_SeekerIntentions_ServiceUnitId_IsSeeking_MediumGroup_MinorG~",
                table: "SeekerIntentions");
        }
    }
}
