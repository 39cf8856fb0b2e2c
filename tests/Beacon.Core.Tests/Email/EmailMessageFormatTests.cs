using System.Net.Mail;
using System.Text;
using Beacon.Core.Email;
using Beacon.Tests.Shared;

namespace Beacon.Core.Tests.Email;

public class EmailMessageFormatTests
{
    private static readonly MailAddress From = new("beacon@northbridge.example");

    private static OutboxEmail Email(string subject = "You have been invited to Beacon", string body = "Dear Alex,\n\nHello.\n", string to = "alex.tester@example.test") => new()
    {
        Id = Guid.Parse("0195f1c2-0000-7000-8000-00000000abcd"),
        To = to,
        Subject = subject,
        Body = body,
        CreatedAt = new DateTimeOffset(2025, 3, 4, 9, 5, 6, TimeSpan.Zero),
        NextAttemptAt = new DateTimeOffset(2025, 3, 4, 9, 5, 6, TimeSpan.Zero),
    };

    private static string Write(OutboxEmail email, MailAddress? from = null) => Encoding.ASCII.GetString(EmailMessageFormat.Write(email, from ?? From));

    [Fact]
    public void Write_PlainEmail_HasTheRfc5322AndMimeHeaders()
    {
        var eml = EmlReader.Parse(Write(Email()));

        eml.Headers.Select(h => h.Name).ShouldBe(["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type", "Content-Transfer-Encoding"]);
        eml.Header("From").ShouldBe("beacon@northbridge.example");
        eml.Header("To").ShouldBe("alex.tester@example.test");
        eml.Header("Subject").ShouldBe("You have been invited to Beacon");
        eml.Header("Date").ShouldBe("Tue, 04 Mar 2025 09:05:06 +0000");
        eml.Header("Message-ID").ShouldBe("<0195f1c200007000800000000000abcd@northbridge.example>");
        eml.Header("MIME-Version").ShouldBe("1.0");
        eml.Header("Content-Type").ShouldBe("text/plain; charset=utf-8");
        eml.Header("Content-Transfer-Encoding").ShouldBe("quoted-printable");
    }

    [Fact]
    public void Write_SameEmailTwice_SameMessageId()
    {
        var first = EmlReader.Parse(Write(Email())).Header("Message-ID");
        var again = EmlReader.Parse(Write(Email(body: "Different"))).Header("Message-ID");

        again.ShouldBe(first);
        first.ShouldStartWith($"<{Email().Id:N}@");
    }

    [Fact]
    public void Write_Always_UsesCrlfAndOnlySevenBitLinesOfAtMost76()
    {
        var message = Write(Email(
            subject: "Réinitialisez votre mot de passe — Beacon — une très longue ligne d’objet pour le pliage des en-têtes",
            body: "Cher Zoë,\r\n" + new string('é', 120) + " " + new string('x', 200) + "\n\nÇa marche? 🙂\rEnd"));

        message.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\n');
        message.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\r');
        message.ShouldAllBe(c => c < 128);
        foreach (var line in message.Split("\r\n"))
        {
            line.Length.ShouldBeLessThanOrEqualTo(76, line);
        }
    }

    [Theory]
    [InlineData("Réinitialisez votre mot de passe")]
    [InlineData("Ваш пароль Beacon — повторная установка пароля для учётной записи")]
    [InlineData("Emoji 🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂 and more")]
    [InlineData("Looks =?utf-8?B?encoded?= but is not")]
    public void Write_SubjectNotPlainAscii_IsEncodedWordsThatDecodeBack(string subject)
    {
        var eml = EmlReader.Parse(Write(Email(subject: subject)));

        eml.Header("Subject").ShouldStartWith("=?utf-8?B?");
        eml.Subject.ShouldBe(subject);
    }

    [Fact]
    public void Write_LongAsciiSubject_IsFoldedAtSpacesAndUnfoldsBack()
    {
        var subject = string.Join(' ', Enumerable.Repeat("Beacon", 25));

        var message = Write(Email(subject: subject));

        message.ShouldContain("Subject: Beacon Beacon");
        message.ShouldContain("\r\n Beacon");
        EmlReader.Parse(message).Subject.ShouldBe(subject);
    }

    [Fact]
    public void Write_SubjectWithLineBreaks_CannotAddAHeader()
    {
        var eml = EmlReader.Parse(Write(Email(subject: "Hello\r\nBcc: someone@example.test\nX-Other: 1")));

        eml.Headers.ShouldNotContain(h => h.Name == "Bcc" || h.Name == "X-Other");
        eml.Subject.ShouldBe("Hello Bcc: someone@example.test X-Other: 1");
    }

    [Theory]
    [InlineData("Alex <alex@example.test>")]
    [InlineData("alex@example.test\r\nBcc: someone@example.test")]
    [InlineData("not an address")]
    [InlineData("zoë@example.test")]
    public void Write_RecipientNotAPlainAsciiAddress_IsRefused(string to)
    {
        Should.Throw<FormatException>(() => EmailMessageFormat.Write(Email(to: to), From));
    }

    [Fact]
    public void Write_InternationalDomain_IsInItsAsciiForm()
    {
        EmlReader.Parse(Write(Email(to: "alex@bücher.example"))).Header("To").ShouldBe("alex@xn--bcher-kva.example");
    }

    [Fact]
    public void Write_FromWithDisplayName_QuotesOrEncodesIt()
    {
        EmlReader.Parse(Write(Email(), new MailAddress("Beacon (Northbridge) <beacon@northbridge.example>")))
            .Header("From").ShouldBe("\"Beacon (Northbridge)\" <beacon@northbridge.example>");
        var encoded = EmlReader.Parse(Write(Email(), new MailAddress("Beacon Ynys Môn <beacon@anglesey.example>"))).Header("From");
        encoded.ShouldEndWith(" <beacon@anglesey.example>");
        EmlReader.DecodeWords(encoded).ShouldBe("Beacon Ynys Môn <beacon@anglesey.example>");
    }

    [Theory]
    [InlineData("Dear Alex,\n\nSet your password here:\nhttps://beacon.example/account/invitation/abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789\n")]
    [InlineData("Cher Zoë, ça va? 🙂 a=b 100% ")]
    [InlineData("Trailing spaces   \nand tabs\t\nthen more")]
    [InlineData(".\n.hidden line\nFrom the council\nFromage")]
    [InlineData("")]
    public void Write_Body_IsQuotedPrintableThatDecodesBack(string body)
    {
        var eml = EmlReader.Parse(Write(Email(body: body)));

        eml.Body.ShouldBe(body.ReplaceLineEndings("\r\n") + "\r\n");
    }

    [Fact]
    public void Write_BodyLinesStartingWithDotOrFrom_AreEncodedAndNoLineEndsInSpace()
    {
        var raw = EmlReader.Parse(Write(Email(body: ".\nFrom the council \nFromage"))).RawBody;

        raw.ShouldBe("=2E\r\n=46rom the council=20\r\nFromage\r\n");
    }
}
