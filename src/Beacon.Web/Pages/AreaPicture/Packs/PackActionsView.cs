using Beacon.Core.AreaPicture.Packs;

namespace Beacon.Web.Pages.AreaPicture.Packs;

/// <summary>The actions arising as a table; with <paramref name="Version"/>, the links and buttons to change and remove them.</summary>
public sealed record PackActionsView(Guid PackId, IReadOnlyList<PackAction> Actions, Guid? Version);
