using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppointmentClashIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Booked_CounselorId_EndsAt",
                table: "Appointments",
                columns: new[] { "CounselorId", "EndsAt" },
                filter: "\"Status\" = 1");

            migrationBuilder.CreateIndex(
                name: "IX_Appointments_Booked_WorkerId_EndsAt",
                table: "Appointments",
                columns: new[] { "WorkerId", "EndsAt" },
                filter: "\"Status\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Appointments_Booked_CounselorId_EndsAt",
                table: "Appointments");

            migrationBuilder.DropIndex(
                name: "IX_Appointments_Booked_WorkerId_EndsAt",
                table: "Appointments");
        }
    }
}
