using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Market : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SeekerIntentions_IsSeeking_MinorGroup_DistrictCode",
                table: "SeekerIntentions");

            migrationBuilder.CreateTable(
                name: "EmployerCases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    EmployerId = table.Column<long>(type: "bigint", nullable: false),
                    CounselorId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Situation = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Needs = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosingNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerCases_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerCases_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerCases_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "HardToFillFlags",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    VacancyId = table.Column<long>(type: "bigint", nullable: false),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    EmployerId = table.Column<long>(type: "bigint", nullable: false),
                    Reasons = table.Column<int>(type: "integer", nullable: false),
                    FindingsJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    FlaggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClearedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HardToFillFlags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HardToFillFlags_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupplyDemandSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    QuarterKey = table.Column<int>(type: "integer", nullable: false),
                    MinorGroup = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Vacancies = table.Column<int>(type: "integer", nullable: false),
                    Posts = table.Column<int>(type: "integer", nullable: false),
                    Seekers = table.Column<int>(type: "integer", nullable: false),
                    MedianOffer = table.Column<int>(type: "integer", nullable: true),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Frozen = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplyDemandSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmployerGuidanceRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EmployerCaseId = table.Column<long>(type: "bigint", nullable: false),
                    EmployerId = table.Column<long>(type: "bigint", nullable: false),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    CounselorId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    VacancyId = table.Column<long>(type: "bigint", nullable: true),
                    OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ServiceItems = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Advice = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecommendedServices = table.Column<int>(type: "integer", nullable: false),
                    Evidence = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Outcome = table.Column<int>(type: "integer", nullable: true),
                    AgreedChanges = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerGuidanceRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerGuidanceRecords_EmployerCases_EmployerCaseId",
                        column: x => x.EmployerCaseId,
                        principalTable: "EmployerCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerGuidanceRecords_StaffMembers_CounselorId",
                        column: x => x.CounselorId,
                        principalTable: "StaffMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EmployerGuidanceRecords_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SeekerIntentions_IsSeeking_MinorGroup_DistrictCode_WorkerId",
                table: "SeekerIntentions",
                columns: new[] { "IsSeeking", "MinorGroup", "DistrictCode", "WorkerId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerCases_CounselorId",
                table: "EmployerCases",
                column: "CounselorId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerCases_EmployerId_Status",
                table: "EmployerCases",
                columns: new[] { "EmployerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerCases_ServiceUnitId_Status",
                table: "EmployerCases",
                columns: new[] { "ServiceUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerGuidanceRecords_CounselorId",
                table: "EmployerGuidanceRecords",
                column: "CounselorId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerGuidanceRecords_EmployerCaseId_OccurredAt",
                table: "EmployerGuidanceRecords",
                columns: new[] { "EmployerCaseId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerGuidanceRecords_EmployerId_OccurredAt",
                table: "EmployerGuidanceRecords",
                columns: new[] { "EmployerId", "OccurredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerGuidanceRecords_VacancyId",
                table: "EmployerGuidanceRecords",
                column: "VacancyId");

            migrationBuilder.CreateIndex(
                name: "IX_HardToFillFlags_EmployerId_ClearedAt",
                table: "HardToFillFlags",
                columns: new[] { "EmployerId", "ClearedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HardToFillFlags_ServiceUnitId_ClearedAt",
                table: "HardToFillFlags",
                columns: new[] { "ServiceUnitId", "ClearedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HardToFillFlags_VacancyId",
                table: "HardToFillFlags",
                column: "VacancyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplyDemandSnapshots_QuarterKey_MinorGroup_DistrictCode",
                table: "SupplyDemandSnapshots",
                columns: new[] { "QuarterKey", "MinorGroup", "DistrictCode" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployerGuidanceRecords");

            migrationBuilder.DropTable(
                name: "HardToFillFlags");

            migrationBuilder.DropTable(
                name: "SupplyDemandSnapshots");

            migrationBuilder.DropTable(
                name: "EmployerCases");

            migrationBuilder.DropIndex(
                name: "IX_SeekerIntentions_IsSeeking_MinorGroup_DistrictCode_WorkerId",
                table: "SeekerIntentions");

            migrationBuilder.CreateIndex(
                name: "IX_SeekerIntentions_IsSeeking_MinorGroup_DistrictCode",
                table: "SeekerIntentions",
                columns: new[] { "IsSeeking", "MinorGroup", "DistrictCode" });
        }
    }
}
