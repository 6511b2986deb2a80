using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VacanciesMarket : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RefusesRecommendations",
                table: "Workers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "SeekerIntentions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    MediumGroup = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    MinorGroup = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    DistrictCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    MinMonthlyPay = table.Column<int>(type: "integer", nullable: true),
                    Education = table.Column<int>(type: "integer", nullable: false),
                    ExperienceYears = table.Column<int>(type: "integer", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    IsSeeking = table.Column<bool>(type: "boolean", nullable: false),
                    RefusesRecommendations = table.Column<bool>(type: "boolean", nullable: false),
                    SpecialGroups = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeekerIntentions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SeekerIntentions_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vacancies",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    EmployerId = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    OccupationNote = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    MediumGroup = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    MinorGroup = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    Posts = table.Column<int>(type: "integer", nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    TownshipCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    PayMin = table.Column<int>(type: "integer", nullable: false),
                    PayMax = table.Column<int>(type: "integer", nullable: false),
                    MinEducation = table.Column<int>(type: "integer", nullable: false),
                    MinExperienceYears = table.Column<int>(type: "integer", nullable: false),
                    AgeMin = table.Column<int>(type: "integer", nullable: true),
                    AgeMax = table.Column<int>(type: "integer", nullable: true),
                    Skills = table.Column<string[]>(type: "text[]", nullable: false),
                    WorkingHours = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ContractType = table.Column<int>(type: "integer", nullable: false),
                    Benefits = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Hired = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vacancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vacancies_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vacancies_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WageGuidance",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Low = table.Column<int>(type: "integer", nullable: false),
                    Median = table.Column<int>(type: "integer", nullable: false),
                    High = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WageGuidance", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SeekerIntentions_IsSeeking_MediumGroup",
                table: "SeekerIntentions",
                columns: new[] { "IsSeeking", "MediumGroup" });

            migrationBuilder.CreateIndex(
                name: "IX_SeekerIntentions_IsSeeking_MinorGroup_DistrictCode",
                table: "SeekerIntentions",
                columns: new[] { "IsSeeking", "MinorGroup", "DistrictCode" });

            migrationBuilder.CreateIndex(
                name: "IX_SeekerIntentions_WorkerId_Ordinal",
                table: "SeekerIntentions",
                columns: new[] { "WorkerId", "Ordinal" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_EmployerId_Status",
                table: "Vacancies",
                columns: new[] { "EmployerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_OccupationCode",
                table: "Vacancies",
                column: "OccupationCode");

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_ServiceUnitId_Status",
                table: "Vacancies",
                columns: new[] { "ServiceUnitId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_ClosesOn",
                table: "Vacancies",
                columns: new[] { "Status", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_DistrictCode_PublishedAt",
                table: "Vacancies",
                columns: new[] { "Status", "DistrictCode", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_MinorGroup_DistrictCode",
                table: "Vacancies",
                columns: new[] { "Status", "MinorGroup", "DistrictCode" });

            migrationBuilder.CreateIndex(
                name: "IX_WageGuidance_Year_OccupationCode",
                table: "WageGuidance",
                columns: new[] { "Year", "OccupationCode" },
                unique: true);

            // Workers registered before this migration get their rows here; after it, every save of a worker keeps them.
            migrationBuilder.Sql(@"INSERT INTO ""SeekerIntentions"" (""WorkerId"", ""ServiceUnitId"", ""Ordinal"", ""OccupationCode"", ""MediumGroup"", ""MinorGroup"", ""DistrictCode"", ""MinMonthlyPay"", ""Education"", ""ExperienceYears"", ""DateOfBirth"", ""IsSeeking"", ""RefusesRecommendations"", ""SpecialGroups"", ""UpdatedAt"")
SELECT w.""Id"", w.""ServiceUnitId"", (j.ord - 1)::int, NULLIF(j.v->>'OccupationCode', ''),
    CASE WHEN length(j.v->>'OccupationCode') >= 4 THEN substr(j.v->>'OccupationCode', 1, 4) END,
    CASE WHEN length(j.v->>'OccupationCode') >= 7 THEN substr(j.v->>'OccupationCode', 1, 7) END,
    NULLIF(j.v->>'DistrictCode', ''), (j.v->>'MinMonthlyPay')::int, w.""Education"",
    COALESCE((SELECT sum(COALESCE((e->>'To')::date, current_date) - (e->>'From')::date) / 365
              FROM jsonb_array_elements(COALESCE(w.""WorkExperiences"", '[]'::jsonb)) e), 0)::int,
    w.""DateOfBirth"", w.""EmploymentStatus"" <> 2, false, w.""SpecialGroups"", w.""UpdatedAt""
FROM ""Workers"" w CROSS JOIN LATERAL jsonb_array_elements(w.""JobIntentions"") WITH ORDINALITY AS j(v, ord)
WHERE w.""JobIntentions"" IS NOT NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SeekerIntentions");

            migrationBuilder.DropTable(
                name: "Vacancies");

            migrationBuilder.DropTable(
                name: "WageGuidance");

            migrationBuilder.DropColumn(
                name: "RefusesRecommendations",
                table: "Workers");
        }
    }
}
