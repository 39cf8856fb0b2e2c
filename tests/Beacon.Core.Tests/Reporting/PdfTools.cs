using System.ComponentModel;
using System.Diagnostics;

namespace Beacon.Core.Tests.Reporting;

/// <summary>
/// qpdf and pdftotext (Debian's qpdf and poppler-utils, which scripts/test installs) read the
/// files back as a reader would. A missing tool fails the test: a PDF nobody checked is not a pass.
/// </summary>
internal static class PdfTools
{
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException(
                $"'{tool}' is not installed. scripts/test installs it; otherwise: apt-get install poppler-utils qpdf");
        }
    }

    public static string Save(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"beacon-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        return path;
    }

    /// <summary>The text of every page (pages separated by form feeds), laid out as on the page.</summary>
    public static string Text(byte[] pdf)
    {
        var path = Save(pdf);
        try
        {
            var (exit, output) = Run("pdftotext", "-layout", "-enc", "UTF-8", path, "-");
            exit.ShouldBe(0, output);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static string Check(byte[] pdf)
    {
        var path = Save(pdf);
        try
        {
            var (exit, output) = Run("qpdf", "--check", path);
            exit.ShouldBe(0, output);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static string Info(byte[] pdf) => PdfInfo(pdf, "-enc", "UTF-8");

    /// <summary>The structure tree with each element's text.</summary>
    public static string Structure(byte[] pdf) => PdfInfo(pdf, "-struct-text");

    private static string PdfInfo(byte[] pdf, params string[] options)
    {
        var path = Save(pdf);
        try
        {
            var (exit, output) = Run("pdfinfo", [.. options, path]);
            exit.ShouldBe(0, output);
            return output;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
