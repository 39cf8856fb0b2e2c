using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Beacon.EndToEndTests.Infrastructure;

/// <summary>axe-core (from the web project's npm packages) run against the page as it stands.</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(Beacon.Tests.Shared.TestFixtures.RepositoryRoot, "src", "Beacon.Web", "node_modules", "axe-core", "axe.min.js")));

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>Fails with every violation listed when the page breaks any WCAG 2.2 A or AA rule axe can check.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        // Evaluated through the DevTools protocol, so the page's CSP need not allow it.
        await page.EvaluateAsync(Script.Value);
        var result = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
              const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
              // GOV.UK Frontend's conditional reveals put aria-expanded on the radio or checkbox that
              // controls them, knowingly: screen readers announce it and GOV.UK's research found it
              // helps (govuk-frontend#979). That node, for that attribute only, is not counted.
              const govukReveal = n => /class="govuk-(radios|checkboxes)__input"/.test(n.html) && /aria-controls=/.test(n.html)
                && n.any.concat(n.all, n.none).every(c => /aria-expanded/.test(c.message ?? ''));
              const violations = r.violations
                .map(v => v.id === 'aria-allowed-attr' ? { ...v, nodes: v.nodes.filter(n => !govukReveal(n)) } : v)
                .filter(v => v.nodes.length > 0);
              return { violations, passes: r.passes.length };
            }
            """,
            Tags);

        result.GetProperty("passes").GetInt32().ShouldBeGreaterThan(0, "axe ran no rules: the check itself is broken");
        var violations = result.GetProperty("violations");
        if (violations.GetArrayLength() == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe found WCAG violations on {page.Url}:\n");
        foreach (var violation in violations.EnumerateArray())
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {violation.GetProperty("id").GetString()} ({violation.GetProperty("impact")}): {violation.GetProperty("help").GetString()}");
            foreach (var node in violation.GetProperty("nodes").EnumerateArray())
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"    {node.GetProperty("html").GetString()}");
            }
        }

        Assert.Fail(report.ToString());
    }
}
