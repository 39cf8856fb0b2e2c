using System.Text;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Beacon.Web.Infrastructure;

/// <summary>Routes are lower-case and hyphenated: <c>Pages/Referrals/CheckAnswers</c> is <c>/referrals/check-answers</c>.</summary>
public sealed class KebabCaseRouteConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        foreach (var selector in model.Selectors)
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is not null)
            {
                selector.AttributeRouteModel!.Template = ToKebabCase(template);
            }
        }
    }

    public static string ToKebabCase(string template)
    {
        var result = new StringBuilder(template.Length + 8);
        var depth = 0;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && char.IsUpper(c))
            {
                if (i > 0 && template[i - 1] != '/' && (char.IsLower(template[i - 1]) || char.IsDigit(template[i - 1])))
                {
                    result.Append('-');
                }

                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
