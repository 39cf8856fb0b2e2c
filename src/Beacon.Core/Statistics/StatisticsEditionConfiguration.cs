using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Core.Statistics;

internal sealed class StatisticsEditionConfiguration : IEntityTypeConfiguration<StatisticsEdition>
{
    public void Configure(EntityTypeBuilder<StatisticsEdition> builder)
    {
        builder.ToTable("statistics_editions");
        builder.HasKey(e => e.Id).HasName("pk_statistics_editions");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(20).IsRequired();
        builder.HasIndex(e => e.Name).IsUnique().HasDatabaseName("ix_statistics_editions_name");
        builder.HasIndex(e => new { e.ReleaseYear, e.ReleaseQuarter }).HasDatabaseName("ix_statistics_editions_release");
    }
}
