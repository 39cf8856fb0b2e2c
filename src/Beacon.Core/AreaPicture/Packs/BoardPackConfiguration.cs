using Beacon.Core.Accounts;
using Beacon.Core.Areas;
using Beacon.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Beacon.Core.AreaPicture.Packs;

internal sealed class BoardPackConfiguration : IEntityTypeConfiguration<BoardPack>
{
    public void Configure(EntityTypeBuilder<BoardPack> builder)
    {
        builder.ToTable("board_packs");
        builder.HasKey(p => p.Id).HasName("pk_board_packs");

        // The id comes from the form (made when it was shown), so posting it twice makes one pack.
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(p => p.Audience).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Title).HasMaxLength(BoardPackService.MaxTitleLength).IsRequired();
        builder.Property(p => p.NarrativeJson).IsRequired();
        builder.Property(p => p.ActionsJson).IsRequired();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.From);
        builder.Ignore(p => p.To);
        builder.Ignore(p => p.Narrative);
        builder.Ignore(p => p.Actions);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_board_packs_organisation");
        builder.HasOne<Area>().WithMany().HasForeignKey(p => p.AreaId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_board_packs_area");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(p => p.CreatedByUserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_board_packs_created_by");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(p => p.UpdatedByUserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_board_packs_updated_by");
        builder.HasIndex(p => new { p.OrganisationId, p.UpdatedAt }).HasDatabaseName("ix_board_packs_organisation_id_updated_at");
        builder.HasIndex(p => p.AreaId).HasDatabaseName("ix_board_packs_area_id");
        builder.HasIndex(p => p.CreatedByUserId).HasDatabaseName("ix_board_packs_created_by_user_id");
        builder.HasIndex(p => p.UpdatedByUserId).HasDatabaseName("ix_board_packs_updated_by_user_id");
    }
}

internal sealed class BoardPackSnapshotConfiguration : IEntityTypeConfiguration<BoardPackSnapshot>
{
    public void Configure(EntityTypeBuilder<BoardPackSnapshot> builder)
    {
        builder.ToTable("board_pack_snapshots");
        builder.HasKey(s => s.Id).HasName("pk_board_pack_snapshots");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Title).HasMaxLength(BoardPackService.MaxTitleLength).IsRequired();
        builder.Property(s => s.Audience).HasConversion<string>().HasMaxLength(30);
        builder.Property(s => s.ContentJson).IsRequired();
        builder.Property(s => s.Pdf).IsRequired();
        builder.Property(s => s.PdfSha256).HasMaxLength(64).IsFixedLength().IsRequired();

        // Two clicks on "Create version" cannot both make version N.
        builder.HasIndex(s => new { s.PackId, s.Number }).IsUnique().HasDatabaseName("ux_board_pack_snapshots_pack_id_number");
        builder.HasOne<BoardPack>().WithMany().HasForeignKey(s => s.PackId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_board_pack_snapshots_pack");
        builder.HasOne<BeaconUser>().WithMany().HasForeignKey(s => s.CreatedByUserId)
            .OnDelete(DeleteBehavior.Restrict).HasConstraintName("fk_board_pack_snapshots_created_by");
        builder.HasIndex(s => s.CreatedByUserId).HasDatabaseName("ix_board_pack_snapshots_created_by_user_id");
    }
}
