using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Core.Statistics;

internal sealed class StatisticsImportConfiguration : IEntityTypeConfiguration<StatisticsImport>
{
    public void Configure(EntityTypeBuilder<StatisticsImport> builder)
    {
        builder.ToTable("statistics_imports");
        builder.HasKey(i => i.Id).HasName("pk_statistics_imports");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.TableKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Scope).HasMaxLength(250).IsRequired();
        builder.Property(i => i.FileName).HasMaxLength(260).IsRequired();
        builder.Property(i => i.ImportedBy).HasMaxLength(200).IsRequired();
        builder.HasOne(i => i.Edition).WithMany().HasForeignKey(i => i.EditionId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_statistics_imports_edition");
        builder.HasIndex(i => new { i.EditionId, i.TableKind, i.Scope }).IsUnique()
            .HasDatabaseName("ix_statistics_imports_edition_id_table_kind_scope");
    }
}
