using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace GuidanceDesk.Web.Features.Common;

/// <summary>
/// The model binder's own messages ("The value 'x' is not valid") are English; forms show Chinese first and
/// <see cref="PageErrors.Localize"/> translates them back for English users.
/// </summary>
public static class BindingMessages
{
    public static void UseChinese(DefaultModelBindingMessageProvider p)
    {
        p.SetValueMustNotBeNullAccessor(_ => "请填写此项");
        p.SetMissingBindRequiredValueAccessor(_ => "请填写此项");
        p.SetMissingKeyOrValueAccessor(() => "请填写此项");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "请填写此项");
        p.SetAttemptedValueIsInvalidAccessor((_, _) => "输入的值无效");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => "输入的值无效");
        p.SetUnknownValueIsInvalidAccessor(_ => "输入的值无效");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "输入的值无效");
        p.SetValueIsInvalidAccessor(_ => "输入的值无效");
        p.SetValueMustBeANumberAccessor(_ => "请输入数字");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "请输入数字");
    }
}
