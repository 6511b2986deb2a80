using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "SeekerIntentions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkerId = table.Column<long>(type: "INTEGER", nullable: false),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    MediumGroup = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    MinorGroup = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    MinMonthlyPay = table.Column<int>(type: "INTEGER", nullable: true),
                    Education = table.Column<int>(type: "INTEGER", nullable: false),
                    ExperienceYears = table.Column<int>(type: "INTEGER", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IsSeeking = table.Column<bool>(type: "INTEGER", nullable: false),
                    RefusesRecommendations = table.Column<bool>(type: "INTEGER", nullable: false),
                    SpecialGroups = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ServiceUnitId = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployerId = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    OccupationNote = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    MediumGroup = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    MinorGroup = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Posts = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    TownshipCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    PayMin = table.Column<int>(type: "INTEGER", nullable: false),
                    PayMax = table.Column<int>(type: "INTEGER", nullable: false),
                    MinEducation = table.Column<int>(type: "INTEGER", nullable: false),
                    MinExperienceYears = table.Column<int>(type: "INTEGER", nullable: false),
                    AgeMin = table.Column<int>(type: "INTEGER", nullable: true),
                    AgeMax = table.Column<int>(type: "INTEGER", nullable: true),
                    Skills = table.Column<string>(type: "TEXT", nullable: false),
                    WorkingHours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ContractType = table.Column<int>(type: "INTEGER", nullable: false),
                    Benefits = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OpensOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Hired = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Low = table.Column<int>(type: "INTEGER", nullable: false),
                    Median = table.Column<int>(type: "INTEGER", nullable: false),
                    High = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
SELECT w.""Id"", w.""ServiceUnitId"", CAST(j.key AS INTEGER), NULLIF(json_extract(j.value, '$.OccupationCode'), ''),
    CASE WHEN length(json_extract(j.value, '$.OccupationCode')) >= 4 THEN substr(json_extract(j.value, '$.OccupationCode'), 1, 4) END,
    CASE WHEN length(json_extract(j.value, '$.OccupationCode')) >= 7 THEN substr(json_extract(j.value, '$.OccupationCode'), 1, 7) END,
    NULLIF(json_extract(j.value, '$.DistrictCode'), ''), json_extract(j.value, '$.MinMonthlyPay'), w.""Education"",
    COALESCE((SELECT CAST(sum(julianday(COALESCE(json_extract(e.value, '$.To'), date('now'))) - julianday(json_extract(e.value, '$.From'))) / 365 AS INTEGER)
              FROM json_each(w.""WorkExperiences"") e), 0),
    w.""DateOfBirth"", w.""EmploymentStatus"" <> 2, 0, w.""SpecialGroups"", w.""UpdatedAt""
FROM ""Workers"" w, json_each(w.""JobIntentions"") j
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
