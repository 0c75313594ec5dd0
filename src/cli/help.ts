import type { Lang } from "../core/i18n";

export type Command = "validate" | "detect" | "template";

const EN: Record<Command | "main", string> = {
  main: `rahbord — checks a strategic plan workbook against its higher-level policy

Usage: rahbord <command> [options]

Commands:
  validate <file.xlsx>   check the plan and list what is inconsistent
  detect <file.xlsx>     print the mapping (sheets and columns) as JSON, to edit and reuse
  template <out.xlsx>    write an empty planning template

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
};

const FA: Record<Command | "main", string> = {
  main: `rahbord — بررسی کارپوشهٔ برنامهٔ راهبردی در برابر سیاست‌های بالادست

کاربرد: rahbord <فرمان> [گزینه‌ها]

فرمان‌ها:
  validate <file.xlsx>   برنامه را بررسی می‌کند و ناسازگاری‌ها را فهرست می‌کند
  detect <file.xlsx>     نگاشت برگه‌ها و ستون‌ها را به‌صورت JSON چاپ می‌کند
  template <out.xlsx>    الگوی خالی برنامه را می‌نویسد

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
};

export function helpText(lang: Lang, command: Command | "main"): string {
  return (lang === "fa" ? FA : EN)[command];
}
