namespace Beacon.Core.Cases.Clocks;

/// <summary>A bank holiday as the day it is observed (a substitute day carries the substitute date).</summary>
public sealed record BankHoliday(DateOnly Date, string Name);
