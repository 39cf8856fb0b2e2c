using Beacon.Core.Cases;

namespace Beacon.Web.Pages.Cases;

public static class PersonText
{
    public static string Gender(Gender gender) => gender switch
    {
        Core.Cases.Gender.Female => "Female",
        Core.Cases.Gender.Male => "Male",
        Core.Cases.Gender.DoesNotIdentifyAsEither => "Does not identify as female or male",
        _ => "Not known",
    };

    public static string SafeToContact(SafeToContact safe) => safe switch
    {
        Core.Cases.SafeToContact.Yes => "Yes",
        Core.Cases.SafeToContact.No => "No",
        _ => "Not known",
    };
}
