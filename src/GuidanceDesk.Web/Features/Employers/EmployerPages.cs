using GuidanceDesk.Web.Features.Common;
using GuidanceDesk.Web.Features.Units;
using GuidanceDesk.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace GuidanceDesk.Web.Features.Employers;

/// <summary>What the shared employer form partial needs from the create and edit pages.</summary>
public interface IEmployerFormPage
{
    EmployerForm Input { get; }

    /// <summary>Units to choose from; empty unless a city-level user is registering.</summary>
    IReadOnlyList<SelectListItem> Units { get; }

    /// <summary>The credit code cannot change after registration (the handler refuses it), so edit shows it read-only.</summary>
    bool IsEdit { get; }
}

public static class EmployerPages
{
    public static EmployerForm FromView(EmployerView v) => new()
    {
        Name = v.Name, CreditCode = v.CreditCode, IndustryCode = v.IndustryCode, Size = v.Size, Ownership = v.Ownership,
        DistrictCode = v.DistrictCode, Address = v.Address, Version = v.Version,
        Contacts = [.. v.Contacts.Select(c => new ContactForm { Name = c.Name, Title = c.Title, Phone = c.Phone })],
    };

    /// <summary>One blank contact row to add a contact, two on a new employer.</summary>
    public static void PadContacts(EmployerForm form)
    {
        form.Contacts.Add(new ContactForm());
        if (form.Contacts.Count < 2)
            form.Contacts.Add(new ContactForm());
    }

    public static async Task<List<SelectListItem>> UnitsAsync(UnitHandlers units, CurrentUser user, CancellationToken ct) =>
        user.IsCityLevel ? [.. (await units.ListAsync(ct)).Select(u => new SelectListItem(u.Name, Fmt.Id(u.Id)))] : [];
}
