using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class VacancyUpdatedAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_UpdatedAt",
                table: "Vacancies",
                column: "UpdatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Vacancies_UpdatedAt",
                table: "Vacancies");
        }
    }
}
