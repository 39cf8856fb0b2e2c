using System.Globalization;

using Beacon.Web.Infrastructure;
using Beacon.Web.Infrastructure.GovUk;

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Primitives;

namespace Beacon.Web.Tests.Components;

public class DateInputModelBinderTests
{
    private const string Name = "Form.DateOfBirth";

    [Fact]
    public async Task Bind_ValidDate_SucceedsWithoutWrongParts()
    {
        var (context, http) = Context(nameof(DatedForm.DateOfBirth), "7", "3", "2007");

        await new DateInputModelBinder().BindModelAsync(context);

        context.Result.IsModelSet.ShouldBeTrue();
        context.Result.Model.ShouldBe(new DateOnly(2007, 3, 7));
        context.ModelState.IsValid.ShouldBeTrue();
        DateInputAttempt.Find(http, Name).ShouldBe(new DateInputAttempt("7", "3", "2007", DateParts.None));
    }

    [Fact]
    public async Task Bind_MissingMonth_SaysMustIncludeAMonthAndFlagsMonthOnly()
    {
        var (context, http) = Context(nameof(DatedForm.DateOfBirth), "7", "", "2007");

        await new DateInputModelBinder().BindModelAsync(context);

        context.Result.IsModelSet.ShouldBeFalse();
        Errors(context).ShouldBe(["Date of birth must include a month"]);
        DateInputAttempt.Find(http, Name)!.WrongParts.ShouldBe(DateParts.Month);
    }

    [Fact]
    public async Task Bind_MissingDayAndYear_NamesBothParts()
    {
        var (context, http) = Context(nameof(DatedForm.DateOfBirth), "", "3", "");

        await new DateInputModelBinder().BindModelAsync(context);

        Errors(context).ShouldBe(["Date of birth must include a day and year"]);
        DateInputAttempt.Find(http, Name)!.WrongParts.ShouldBe(DateParts.Day | DateParts.Year);
    }

    [Fact]
    public async Task Bind_ImpossibleDate_SaysRealDateFlagsDayAndKeepsTypedParts()
    {
        var (context, http) = Context(nameof(DatedForm.DateOfBirth), "31", "02", "2025");

        await new DateInputModelBinder().BindModelAsync(context);

        Errors(context).ShouldBe(["Date of birth must be a real date"]);
        DateInputAttempt.Find(http, Name).ShouldBe(new DateInputAttempt("31", "02", "2025", DateParts.Day));
    }

    [Fact]
    public async Task Bind_NonNumericMonth_SaysRealDateAndFlagsMonth()
    {
        var (context, http) = Context(nameof(DatedForm.DateOfBirth), "7", "Marchh", "2007");

        await new DateInputModelBinder().BindModelAsync(context);

        Errors(context).ShouldBe(["Date of birth must be a real date"]);
        DateInputAttempt.Find(http, Name)!.WrongParts.ShouldBe(DateParts.Month);
    }

    [Fact]
    public async Task Bind_MonthName_IsAccepted()
    {
        var (context, _) = Context(nameof(DatedForm.DateOfBirth), "7", "Mar", "2007");

        await new DateInputModelBinder().BindModelAsync(context);

        context.Result.Model.ShouldBe(new DateOnly(2007, 3, 7));
    }

    [Fact]
    public async Task Bind_TwoDigitYear_SaysYearMustInclude4Numbers()
    {
        var (context, http) = Context(nameof(DatedForm.DateOfBirth), "7", "3", "07");

        await new DateInputModelBinder().BindModelAsync(context);

        Errors(context).ShouldBe(["Year must include 4 numbers"]);
        DateInputAttempt.Find(http, Name)!.WrongParts.ShouldBe(DateParts.Year);
    }

    [Fact]
    public async Task Bind_AllEmptyOptional_SucceedsWithNull()
    {
        var (context, _) = Context(nameof(DatedForm.OptionalDate), "", "", "");

        await new DateInputModelBinder().BindModelAsync(context);

        context.Result.IsModelSet.ShouldBeTrue();
        context.Result.Model.ShouldBeNull();
        context.ModelState.IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task Bind_AllEmptyRequired_SaysEnterSubjectAndFlagsAllParts()
    {
        var (context, http) = Context(nameof(DatedForm.DateOfBirth), "", "", "");

        await new DateInputModelBinder().BindModelAsync(context);

        Errors(context).ShouldBe(["Enter date of birth"]);
        DateInputAttempt.Find(http, Name)!.WrongParts.ShouldBe(DateParts.All);
    }

    [Fact]
    public async Task ErrorSummaryLink_DateWithWrongMonth_PointsAtMonthInput()
    {
        var (context, http) = Context(nameof(DatedForm.DateOfBirth), "7", "", "2007");

        await new DateInputModelBinder().BindModelAsync(context);

        ErrorSummaryLinks.FieldId(http, Name).ShouldBe("Form_DateOfBirth_Month");
        ErrorSummaryLinks.FieldId(http, "Form.FullName").ShouldBe("Form_FullName");
    }

    [Theory]
    [InlineData("DateOfBirth", "Date of birth")]
    [InlineData("NrmReferralDate", "Nrm referral date")]
    [InlineData("DateSentToSCA", "Date sent to SCA")]
    public void Humanise_PropertyName_MakesSentenceCase(string property, string expected) =>
        DateInputModelBinder.Humanise(property).ShouldBe(expected);

    [Fact]
    public void Parse_SubjectWithAcronym_KeepsCapitalsInEnterMessage() =>
        DateInputModelBinder.Parse("NRM referral date", "", "", "", required: true).Message.ShouldBe("Enter NRM referral date");

    [Fact]
    public void Provider_DateOnlyAndNullable_GetsBinderOthersDoNot()
    {
        var provider = new DateInputModelBinderProvider();
        var metadata = new EmptyModelMetadataProvider();
        provider.GetBinder(new ProviderContext(metadata.GetMetadataForType(typeof(DateOnly?)))).ShouldBeOfType<DateInputModelBinder>();
        provider.GetBinder(new ProviderContext(metadata.GetMetadataForType(typeof(DateOnly)))).ShouldBeOfType<DateInputModelBinder>();
        provider.GetBinder(new ProviderContext(metadata.GetMetadataForType(typeof(DateTime)))).ShouldBeNull();
    }

    private static string[] Errors(ModelBindingContext context) =>
        [.. context.ModelState[Name]!.Errors.Select(e => e.ErrorMessage)];

    private static (DefaultModelBindingContext Context, HttpContext Http) Context(string property, string day, string month, string year)
    {
        var http = new DefaultHttpContext();
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            [Name + ".Day"] = day,
            [Name + ".Month"] = month,
            [Name + ".Year"] = year,
        });
        var context = new DefaultModelBindingContext
        {
            ActionContext = new ActionContext { HttpContext = http },
            ModelMetadata = new EmptyModelMetadataProvider().GetMetadataForProperty(typeof(DatedForm), property),
            ModelName = Name,
            ModelState = new ModelStateDictionary(),
            ValueProvider = new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture),
        };
        return (context, http);
    }

    private sealed class ProviderContext(ModelMetadata metadata) : ModelBinderProviderContext
    {
        public override BindingInfo BindingInfo => new();
        public override ModelMetadata Metadata => metadata;
        public override IModelMetadataProvider MetadataProvider => new EmptyModelMetadataProvider();
        public override IModelBinder CreateBinder(ModelMetadata metadata) => throw new NotSupportedException();
    }

    public sealed class DatedForm
    {
        // A non-nullable DateOnly is required, as MVC treats it.
        public DateOnly DateOfBirth { get; set; }

        public DateOnly? OptionalDate { get; set; }
    }
}
