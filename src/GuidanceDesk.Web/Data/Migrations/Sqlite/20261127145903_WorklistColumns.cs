using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorklistColumns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "PlanDueOn",
                table: "GuidanceCases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WorkerGroups",
                table: "GuidanceCases",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // The derived columns for the cases already open, and each scheduled follow-up's counselor brought in line
            // with its case's (a referral's reassignment did not move them before).
            migrationBuilder.Sql("""
                UPDATE "GuidanceCases" SET
                    "PlanDueOn" = (SELECT MIN(p."PeriodEnd") FROM "EmploymentPlans" p WHERE p."CaseId" = "GuidanceCases"."Id"
                        AND (p."Status" = 2 OR (p."Status" = 3 AND "GuidanceCases"."Stage" = 6))),
                    "WorkerGroups" = (SELECT w."SpecialGroups" FROM "Workers" w WHERE w."Id" = "GuidanceCases"."WorkerId")
                WHERE "Stage" <> 9
                """);
            migrationBuilder.Sql("""
                UPDATE "FollowUps" SET "CounselorId" = (SELECT c."CounselorId" FROM "GuidanceCases" c WHERE c."Id" = "FollowUps"."CaseId")
                WHERE "Status" = 1 AND "CounselorId" IS NOT (SELECT c."CounselorId" FROM "GuidanceCases" c WHERE c."Id" = "FollowUps"."CaseId")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_GuidanceCases_Open_CounselorId_PlanDueOn",
                table: "GuidanceCases",
                columns: new[] { "CounselorId", "PlanDueOn" },
                filter: "\"Stage\" <> 9 AND \"PlanDueOn\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_GuidanceCases_Open_CounselorId_PlanDueOn",
                table: "GuidanceCases");

            migrationBuilder.DropColumn(
                name: "PlanDueOn",
                table: "GuidanceCases");

            migrationBuilder.DropColumn(
                name: "WorkerGroups",
                table: "GuidanceCases");
        }
    }
}
