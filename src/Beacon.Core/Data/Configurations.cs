using Beacon.Core.Areas;
using Beacon.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Core.Data;

internal abstract class ReferenceEntryConfiguration<T>(string table) : IEntityTypeConfiguration<T>
    where T : ReferenceEntry
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id).HasName($"pk_{table}");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => e.Name).IsUnique().HasDatabaseName($"ix_{table}_name");
    }
}

internal sealed class FirstResponderOrganisationConfiguration() : ReferenceEntryConfiguration<FirstResponderOrganisation>("ref_first_responder_organisations");

internal sealed class LocalAuthorityConfiguration() : ReferenceEntryConfiguration<LocalAuthority>("ref_local_authorities");

internal sealed class PoliceForceConfiguration() : ReferenceEntryConfiguration<PoliceForce>("ref_police_forces");

internal sealed class NationalityConfiguration() : ReferenceEntryConfiguration<Nationality>("ref_nationalities");

internal sealed class CountryConfiguration() : ReferenceEntryConfiguration<Country>("ref_countries");

internal sealed class RegionConfiguration() : ReferenceEntryConfiguration<Region>("ref_regions");

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> builder)
    {
        builder.ToTable("areas");
        builder.HasKey(a => a.Id).HasName("pk_areas");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(a => a.Name).IsUnique().HasDatabaseName("ix_areas_name");
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne(a => a.LocalAuthority).WithMany().HasForeignKey(a => a.LocalAuthorityId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_areas_local_authority");
        builder.HasIndex(a => a.LocalAuthorityId).HasDatabaseName("ix_areas_local_authority_id");
    }
}
