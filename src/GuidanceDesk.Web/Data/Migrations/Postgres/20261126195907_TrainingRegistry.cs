using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TrainingRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainingProviders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    QualifiedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    IsRetired = table.Column<bool>(type: "boolean", nullable: false),
                    RetiredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RetiredReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Checks = table.Column<string>(type: "jsonb", nullable: true),
                    Qualifications = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingProviders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrainingCourses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProviderId = table.Column<long>(type: "bigint", nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OccupationCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    SubsidyEligible = table.Column<bool>(type: "boolean", nullable: false),
                    SubsidyNote = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<int>(type: "integer", nullable: false),
                    Fee = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    Seats = table.Column<int>(type: "integer", nullable: false),
                    Delivery = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingCourses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingCourses_TrainingProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "TrainingProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TrainingRecommendations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ServiceUnitId = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<long>(type: "bigint", nullable: false),
                    WorkerId = table.Column<long>(type: "bigint", nullable: false),
                    CourseId = table.Column<long>(type: "bigint", nullable: false),
                    ProviderId = table.Column<long>(type: "bigint", nullable: false),
                    GuidanceRecordId = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecommendedByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    RecommendedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecommendedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingRecommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingRecommendations_GuidanceCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "GuidanceCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingRecommendations_GuidanceRecords_GuidanceRecordId",
                        column: x => x.GuidanceRecordId,
                        principalTable: "GuidanceRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingRecommendations_ServiceUnits_ServiceUnitId",
                        column: x => x.ServiceUnitId,
                        principalTable: "ServiceUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingRecommendations_TrainingCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "TrainingCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingRecommendations_TrainingProviders_ProviderId",
                        column: x => x.ProviderId,
                        principalTable: "TrainingProviders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TrainingRecommendations_Workers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "Workers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCourses_OccupationCode_StartsOn",
                table: "TrainingCourses",
                columns: new[] { "OccupationCode", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCourses_ProviderId_StartsOn",
                table: "TrainingCourses",
                columns: new[] { "ProviderId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingCourses_StartsOn_Status",
                table: "TrainingCourses",
                columns: new[] { "StartsOn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProviders_CreditCode",
                table: "TrainingProviders",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProviders_IsRetired_DistrictCode_Name",
                table: "TrainingProviders",
                columns: new[] { "IsRetired", "DistrictCode", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingProviders_IsRetired_QualifiedUntil",
                table: "TrainingProviders",
                columns: new[] { "IsRetired", "QualifiedUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecommendations_CaseId_RecommendedAt",
                table: "TrainingRecommendations",
                columns: new[] { "CaseId", "RecommendedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecommendations_CourseId",
                table: "TrainingRecommendations",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecommendations_GuidanceRecordId",
                table: "TrainingRecommendations",
                column: "GuidanceRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecommendations_ProviderId",
                table: "TrainingRecommendations",
                column: "ProviderId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecommendations_ServiceUnitId",
                table: "TrainingRecommendations",
                column: "ServiceUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingRecommendations_WorkerId",
                table: "TrainingRecommendations",
                column: "WorkerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainingRecommendations");

            migrationBuilder.DropTable(
                name: "TrainingCourses");

            migrationBuilder.DropTable(
                name: "TrainingProviders");
        }
    }
}
