using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Core.Statistics;

internal sealed class NationalFigureConfiguration : IEntityTypeConfiguration<NationalFigure>
{
    public void Configure(EntityTypeBuilder<NationalFigure> builder)
    {
        builder.ToTable("national_figures");
        builder.HasKey(f => f.Id).HasName("pk_national_figures");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.TableKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.AgeAtExploitation).HasMaxLength(50);
        builder.Property(f => f.LocationOfExploitation).HasMaxLength(50);
        builder.Property(f => f.Gender).HasMaxLength(20);
        builder.Property(f => f.Nationality).HasMaxLength(200);
        builder.Property(f => f.ExploitationType).HasMaxLength(100);
        builder.Property(f => f.FirstResponderType).HasMaxLength(100);
        builder.Property(f => f.FirstResponder).HasMaxLength(200);
        builder.Property(f => f.Decision).HasMaxLength(50);
        builder.HasOne(f => f.Edition).WithMany().HasForeignKey(f => f.EditionId)
            .OnDelete(DeleteBehavior.NoAction).HasConstraintName("fk_national_figures_edition");
        builder.HasOne<StatisticsImport>().WithMany().HasForeignKey(f => f.ImportId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_national_figures_import");
        builder.HasIndex(f => f.ImportId).HasDatabaseName("ix_national_figures_import_id");

        // The dashboard asks "this table, this period" (across editions, to pick the newest) and
        // "this table in this edition"; one index serves each.
        builder.HasIndex(f => new { f.TableKind, f.Year, f.Quarter }).HasDatabaseName("ix_national_figures_table_kind_year_quarter");
        builder.HasIndex(f => new { f.EditionId, f.TableKind, f.Year, f.Quarter }).HasDatabaseName("ix_national_figures_edition_id_table_kind_year_quarter");
    }
}
