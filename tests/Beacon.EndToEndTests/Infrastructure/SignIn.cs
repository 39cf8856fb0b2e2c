using Beacon.Core.Accounts;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Infrastructure;

/// <summary>
/// Signing in through the real pages. A code is accepted once per 30-second step for each user, so
/// sign each test user in once.
/// </summary>
public static class SignIn
{
    public static string CurrentCode(string secret) =>
        Totp.Code(Base32.Decode(secret), Totp.TimeStep(DateTimeOffset.UtcNow));

    /// <summary>The first step: email address and password, ending on the page that asks for the code.</summary>
    public static async Task EnterPasswordAsync(this IPage page, TestUser user)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(user.Email);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/sign-in/two-factor**");
    }

    /// <summary>Both steps, ending on the user's home page.</summary>
    public static async Task SignInAsync(this IPage page, TestUser user)
    {
        await page.EnterPasswordAsync(user);
        await page.EnterCodeAsync(user);
    }

    public static async Task EnterCodeAsync(this IPage page, TestUser user)
    {
        await page.GetByLabel("Code from your authenticator app").FillAsync(CurrentCode(user.TotpSecret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/home");
    }
}
