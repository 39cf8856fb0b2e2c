using System.Security.Cryptography;
using System.Text;

namespace Beacon.Core.Data;

/// <summary>
/// Name-based GUIDs (SHA-256, version bits set as for version 5), so that reference rows and demo records have the same
/// key on every machine and on both database providers.
/// </summary>
public static class DeterministicGuid
{
    public static Guid Create(string scope, string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\u001f" + name));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
