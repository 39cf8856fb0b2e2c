using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Beacon.Core.Data;

public sealed class DateTimeOffsetToUtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
