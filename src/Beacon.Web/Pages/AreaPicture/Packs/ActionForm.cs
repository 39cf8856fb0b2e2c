using System.ComponentModel.DataAnnotations;
using Beacon.Core.AreaPicture.Packs;

namespace Beacon.Web.Pages.AreaPicture.Packs;

/// <summary>An action arising, as the add and change forms post it.</summary>
public sealed class ActionForm
{
    [Display(Name = "Action")]
    public string? Action { get; set; }

    [Display(Name = "Owner", Description = "A role or an organisation, for example \"Community safety coordinator\".")]
    public string? Owner { get; set; }

    [Display(Name = "Due date (optional)", Description = "For example, 27 3 2026")]
    public DateOnly? Due { get; set; }

    [Display(Name = "Status")]
    public PackActionStatus? Status { get; set; }

    public PackActionOptions ToOptions() => new(Action, Owner, Due, Status ?? PackActionStatus.NotStarted);
}
