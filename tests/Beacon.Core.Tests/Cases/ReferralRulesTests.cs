using System.IO.Compression;
using Beacon.Core.Cases;

namespace Beacon.Core.Tests.Cases;

public class ReferralRulesTests
{
    private static Referral Draft() => new() { AnswersJson = "{}", Version = Guid.NewGuid() };

    private static ReferralAnswers Adult(bool? consents, ConsentExplanations explained = ConsentExplanations.All) => new()
    {
        Age = new AgeSection { UnderEighteen = AgeAnswer.Adult, UnderEighteenAtExploitation = AgeAnswer.Adult },
        Consent = new ConsentSection { Consents = consents, Explained = explained },
    };

    [Theory]
    [InlineData(AgeAnswer.Under18)]
    [InlineData(AgeAnswer.NotSure)]
    public void Derive_ChildWhoDeclines_IsStillAnNrmReferral(AgeAnswer age)
    {
        var referral = Draft();
        var answers = new ReferralAnswers { Age = new AgeSection { UnderEighteen = age }, Consent = new ConsentSection { Consents = false } };

        ReferralRules.Derive(referral, answers);

        referral.Kind.ShouldBe(ReferralKind.Nrm);
        referral.ConsentGiven.ShouldBeNull();
        referral.UnderEighteenAtExploitation.ShouldBe(AgeAnswer.Under18);
        Should.NotThrow(() => DutyToNotifyPrivacy.Check(referral));
    }

    [Fact]
    public void Validate_ChildMarkedDutyToNotify_Throws()
    {
        var referral = Draft();
        referral.UnderEighteen = AgeAnswer.NotSure;
        referral.Kind = ReferralKind.DutyToNotify;

        Should.Throw<ReferralRuleException>(() => DutyToNotifyPrivacy.Check(referral));
    }

    [Fact]
    public void Derive_AdultWhoDeclines_IsDutyToNotifyWithNothingIdentifying()
    {
        var referral = Draft();
        var answers = Adult(consents: false);
        answers.Person.FirstName = "Testname";
        answers.Person.Gender = Gender.Female;
        answers.DutyToNotify.Gender = Gender.Male;
        answers.DutyToNotify.NationalityCode = "ALB";

        ReferralRules.Derive(referral, answers);

        referral.Kind.ShouldBe(ReferralKind.DutyToNotify);
        referral.AnswersJson.ShouldNotContain("Testname");
        referral.Gender.ShouldBe(Gender.Male);
        referral.NationalityCode.ShouldBe("ALB");
        Should.NotThrow(() => DutyToNotifyPrivacy.Check(referral));
    }

    [Fact]
    public void Derive_AdultWhoDeclinesButCooperates_KeepsTheName()
    {
        var referral = Draft();
        var answers = Adult(consents: false);
        answers.DutyToNotify.AgreesToCooperate = true;
        answers.Person.FirstName = "Testname";

        ReferralRules.Derive(referral, answers);

        referral.AgreesToCooperate.ShouldBe(true);
        referral.AnswersJson.ShouldContain("Testname");
    }

    [Fact]
    public void Derive_AdultConsentWithoutAllFourExplanations_IsNotYetAnNrmReferral()
    {
        var referral = Draft();

        ReferralRules.Derive(referral, Adult(consents: true, ConsentExplanations.WhatTheNrmIs | ConsentExplanations.SupportAvailable));

        referral.Kind.ShouldBeNull();
        referral.ConsentGiven.ShouldBe(true);
    }

    [Fact]
    public void Validate_AdultNrmWithoutExplanations_Throws()
    {
        var referral = Draft();
        ReferralRules.Derive(referral, Adult(consents: true));
        referral.Kind.ShouldBe(ReferralKind.Nrm);
        referral.ExplanationsGiven = ConsentExplanations.WhatTheNrmIs;

        Should.Throw<ReferralRuleException>(() => ReferralRules.Validate(referral));
    }

    [Fact]
    public void Derive_ComponentsPlaceAndPerson_AreCopiedToColumns()
    {
        var referral = Draft();
        var answers = Adult(consents: true);
        answers.Exploiters.Components = ExploitationComponents.ForcedProstitution | ExploitationComponents.WagesTaken;
        answers.Where.ExploitedIn = ExploitedIn.UkAndOverseas;
        answers.Person.Gender = Gender.DoesNotIdentifyAsEither;
        answers.Person.NationalityCode = "VNM";

        ReferralRules.Derive(referral, answers);

        referral.Exploitation.ShouldBe(ExploitationComponents.ForcedProstitution | ExploitationComponents.WagesTaken);
        referral.ExploitedIn.ShouldBe(ExploitedIn.UkAndOverseas);
        referral.Gender.ShouldBe(Gender.DoesNotIdentifyAsEither);
        referral.NationalityCode.ShouldBe("VNM");
        referral.UnderEighteenAtExploitation.ShouldBe(AgeAnswer.Adult);
    }

    [Fact]
    public void Problems_EmptyNrmReferral_PointAtTheSectionPages()
    {
        var referral = Draft();
        var answers = new ReferralAnswers { Age = new AgeSection { UnderEighteen = AgeAnswer.Under18 } };
        ReferralRules.Derive(referral, answers);

        var problems = ReferralService.Problems(referral, answers);

        problems.Select(p => p.Page).ShouldContain("first-responder");
        problems.Select(p => p.Page).ShouldContain("exploiters");
        problems.Select(p => p.Page).ShouldNotContain("consent");
    }

    [Fact]
    public void Detect_KnownSignatures_AreTheirTypes()
    {
        EvidenceFiles.Detect("%PDF-1.7\n"u8)!.Value.ContentType.ShouldBe("application/pdf");
        EvidenceFiles.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0])!.Value.ContentType.ShouldBe("image/png");
        EvidenceFiles.Detect([0xFF, 0xD8, 0xFF, 0xE0])!.Value.ContentType.ShouldBe("image/jpeg");
        EvidenceFiles.Detect([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])!.Value.ContentType.ShouldBe("application/msword");
        EvidenceFiles.Detect("MZ\x90\0"u8).ShouldBeNull();
    }

    [Fact]
    public void Detect_ZipWithoutWordDocument_IsRefusedAndDocxAccepted()
    {
        EvidenceFiles.Detect(Zip("other.txt")).ShouldBeNull();
        EvidenceFiles.Detect(Zip("word/document.xml"))!.Value.Extensions.ShouldBe([".docx"]);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\x\\scan.pdf", "scan.pdf")]
    [InlineData("bad\r\nname.pdf", "badname.pdf")]
    [InlineData("", "file")]
    public void SafeName_PathsAndControlCharacters_AreRemoved(string input, string expected) =>
        EvidenceFiles.SafeName(input).ShouldBe(expected);

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
            writer.Write("<w:document/>");
        }

        return stream.ToArray();
    }
}
