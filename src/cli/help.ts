import type { Lang } from "../core/i18n";

export type Command = "validate" | "detect" | "template" | "diff" | "cascade";

const EN: Record<Command | "main", string> = {
  main: `rahbord — checks a strategic plan workbook against its higher-level policy

Usage: rahbord <command> [options]

Commands:
  validate <file.xlsx>   check the plan and list what is inconsistent
  detect <file.xlsx>     print the mapping (sheets and columns) as JSON, to edit and reuse
  template <out.xlsx>    write an empty planning template
  diff <old.xlsx> <new.xlsx>  list what changed in the plan from one workbook to the other
  cascade --parent <p.xlsx> <district.xlsx>...
                         check district plans against the parent plan and together

Run \`rahbord <command> --help\` for a command's options.
Exit codes: 0 no errors found, 1 errors found, 2 could not run.`,
  validate: `Usage: rahbord validate <file.xlsx> [options]

Checks the plan in the workbook; the workbook is only read, never written.

Options:
  --mapping <m.json>    the mapping to use (else the one stored in the workbook, else detection)
  --config <c.json>     rule settings: severities, plan period, thresholds (docs/cli.md)
  --format text|json    output format (default text)
  --lang fa|en          language of messages (default: from LANG, else en)
  --out <report.xlsx>   also write a report workbook (findings and roll-ups)
  --debug               show stack traces
Exit codes: 0 no error-severity findings, 1 errors found, 2 could not run.`,
  detect: `Usage: rahbord detect <file.xlsx> [--lang fa|en]

Prints, as JSON on standard output, the mapping validate would detect: which sheet holds each
role and which column each field. Save it, edit it, and pass it back with --mapping.
How sure detection is about each sheet is printed on standard error.`,
  template: `Usage: rahbord template <out.xlsx> [--lang fa|en]

Writes an empty planning template: policies, goals, initiatives, KPIs, KPI actuals, budget and
instructions, each sheet an Excel table with drop-down lists, in the chosen language.`,
  diff: `Usage: rahbord diff <old.xlsx> <new.xlsx> [options]

Lists what changed in the plan from the earlier workbook to the later one: policies, goals,
initiatives and KPIs added, removed, retitled or re-parented; KPI targets and initiative budgets
changed. Each workbook is read through its stored mapping, else detection; neither is written.

Options:
  --format text|json    output format (default text)
  --lang fa|en          language of messages (default: from LANG, else en)
  --out <changes.xlsx>  also write the change report, with a justification column; written
                        again, it keeps the justifications typed in it
  --debug               show stack traces
Exit codes: 0 no changes, 1 changes found, 2 could not run.`,
  cascade: `Usage: rahbord cascade --parent <parent.xlsx> <district.xlsx>... [options]

Checks each district plan against the higher-level (parent) plan: units, directions and targets
of KPIs cascading from the parent's, alignment with its goals and policies, and every other rule.
Then the districts together: every parent goal served by some district, and the districts' KPI
targets adding up to the parent's by each KPI's aggregation (sum, average, min, max). Each district
is named after its file (district-01.xlsx is district-01). The workbooks are only read.

Options:
  --parent <p.xlsx>          the higher-level plan (required)
  --parent-mapping <m.json>  the parent's mapping (else the one stored in it, else detection)
  --mapping <m.json>         the mapping of every district workbook (else stored, else detection)
  --config <c.json>          rule settings: severities, plan period, thresholds (docs/cli.md)
  --format text|json         output format (default text)
  --lang fa|en               language of messages (default: from LANG, else en)
  --out <consolidated.xlsx>  also write a workbook: summary, district × goal matrix, findings
  --debug                    show stack traces
Exit codes: 0 no error-severity findings, 1 errors found, 2 could not run.`,
};

const FA: Record<Command | "main", string> = {
  main: `rahbord — بررسی کارپوشهٔ برنامهٔ راهبردی در برابر سیاست‌های بالادست

کاربرد: rahbord <فرمان> [گزینه‌ها]

فرمان‌ها:
  validate <file.xlsx>   برنامه را بررسی می‌کند و ناسازگاری‌ها را فهرست می‌کند
  detect <file.xlsx>     نگاشت برگه‌ها و ستون‌ها را به‌صورت JSON چاپ می‌کند
  template <out.xlsx>    الگوی خالی برنامه را می‌نویسد
  diff <old.xlsx> <new.xlsx>  تغییرات برنامه از یک کارپوشه تا دیگری را فهرست می‌کند
  cascade --parent <p.xlsx> <district.xlsx>...
                         برنامه‌های مناطق را در برابر برنامهٔ بالادست و با هم بررسی می‌کند

گزینه‌های هر فرمان: rahbord <فرمان> --help
کدهای خروج: ۰ بی‌خطا، ۱ خطا یافت شد، ۲ اجرا نشد.`,
  validate: `کاربرد: rahbord validate <file.xlsx> [گزینه‌ها]

برنامهٔ کارپوشه را بررسی می‌کند؛ کارپوشه فقط خوانده می‌شود.

گزینه‌ها:
  --mapping <m.json>    نگاشت (وگرنه نگاشت ذخیره‌شده در کارپوشه، وگرنه تشخیص خودکار)
  --config <c.json>     تنظیمات قاعده‌ها: شدت، دورهٔ برنامه، آستانه‌ها (docs/cli.md)
  --format text|json    قالب خروجی (پیش‌فرض text)
  --lang fa|en          زبان پیام‌ها (پیش‌فرض از LANG، وگرنه en)
  --out <report.xlsx>   کارپوشهٔ گزارش (یافته‌ها و جمع‌بندی‌ها) هم نوشته شود
  --debug               نمایش ردّ خطا
کدهای خروج: ۰ بی‌خطا، ۱ خطا یافت شد، ۲ اجرا نشد.`,
  detect: `کاربرد: rahbord detect <file.xlsx> [--lang fa|en]

نگاشتی را که validate تشخیص می‌دهد به‌صورت JSON در خروجی استاندارد چاپ می‌کند. آن را ذخیره و
ویرایش کنید و با --mapping بدهید. میزان اطمینان هر برگه در خروجی خطا چاپ می‌شود.`,
  template: `کاربرد: rahbord template <out.xlsx> [--lang fa|en]

الگوی خالی برنامه را می‌نویسد: سیاست‌ها، اهداف، اقدامات، شاخص‌ها، مقادیر واقعی، بودجه و راهنما؛
هر برگه یک جدول اکسل با فهرست‌های کشویی، به زبان انتخاب‌شده.`,
  diff: `کاربرد: rahbord diff <old.xlsx> <new.xlsx> [گزینه‌ها]

تغییرات برنامه از کارپوشهٔ پیشین تا پسین را فهرست می‌کند: سیاست‌ها، اهداف، اقدامات و شاخص‌های
افزوده، حذف‌شده، با عنوان یا بالادست تازه؛ تغییر مقدار هدف شاخص‌ها و اعتبار اقدامات. هر کارپوشه
با نگاشت ذخیره‌شده در آن، وگرنه تشخیص خودکار، خوانده می‌شود و هیچ‌کدام نوشته نمی‌شود.

گزینه‌ها:
  --format text|json    قالب خروجی (پیش‌فرض text)
  --lang fa|en          زبان پیام‌ها (پیش‌فرض از LANG، وگرنه en)
  --out <changes.xlsx>  گزارش تغییرات با ستون توجیه هم نوشته شود؛ در نوشتن دوباره، توجیه‌های
                        نوشته‌شده در آن نگه داشته می‌شوند
  --debug               نمایش ردّ خطا
کدهای خروج: ۰ بی‌تغییر، ۱ تغییر یافت شد، ۲ اجرا نشد.`,
  cascade: `کاربرد: rahbord cascade --parent <parent.xlsx> <district.xlsx>... [گزینه‌ها]

برنامهٔ هر منطقه را در برابر برنامهٔ بالادست بررسی می‌کند: واحد، جهت و مقدار هدف شاخص‌هایی که از
شاخص‌های بالادست منشعب شده‌اند، هم‌راستایی با هدف‌ها و سیاست‌های آن، و همهٔ قاعده‌های دیگر. سپس
مناطق را با هم: هر هدف بالادست در خدمت دست‌کم یک منطقه، و تجمیع مقادیر هدف مناطق (جمع، میانگین،
کمینه، بیشینه) برابر مقدار هدف بالادست. نام هر منطقه نام پرونده‌اش است. کارپوشه‌ها فقط خوانده می‌شوند.

گزینه‌ها:
  --parent <p.xlsx>          برنامهٔ بالادست (الزامی)
  --parent-mapping <m.json>  نگاشت برنامهٔ بالادست (وگرنه نگاشت ذخیره‌شده، وگرنه تشخیص خودکار)
  --mapping <m.json>         نگاشت همهٔ کارپوشه‌های مناطق (وگرنه ذخیره‌شده، وگرنه تشخیص خودکار)
  --config <c.json>          تنظیمات قاعده‌ها: شدت، دورهٔ برنامه، آستانه‌ها (docs/cli.md)
  --format text|json         قالب خروجی (پیش‌فرض text)
  --lang fa|en               زبان پیام‌ها (پیش‌فرض از LANG، وگرنه en)
  --out <consolidated.xlsx>  کارپوشهٔ تلفیقی هم نوشته شود: خلاصه، ماتریس منطقه × هدف، یافته‌ها
  --debug                    نمایش ردّ خطا
کدهای خروج: ۰ بی‌خطا، ۱ خطا یافت شد، ۲ اجرا نشد.`,
};

export function helpText(lang: Lang, command: Command | "main"): string {
  return (lang === "fa" ? FA : EN)[command];
}
