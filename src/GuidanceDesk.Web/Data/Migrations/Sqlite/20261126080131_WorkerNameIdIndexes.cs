using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GuidanceDesk.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkerNameIdIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workers_Name",
                table: "Workers");

            migrationBuilder.DropIndex(
                name: "IX_Workers_ServiceUnitId_Name",
                table: "Workers");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Name_Id",
                table: "Workers",
                columns: new[] { "Name", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Workers_ServiceUnitId_Name_Id",
                table: "Workers",
                columns: new[] { "ServiceUnitId", "Name", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Workers_Name_Id",
                table: "Workers");

            migrationBuilder.DropIndex(
                name: "IX_Workers_ServiceUnitId_Name_Id",
                table: "Workers");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_Name",
                table: "Workers",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Workers_ServiceUnitId_Name",
                table: "Workers",
                columns: new[] { "ServiceUnitId", "Name" });
        }
    }
}
