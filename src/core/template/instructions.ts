import type { Lang } from "../i18n";
import type { Role } from "../mapping/roles";

export interface InstructionsText {
  title: string;
  lines: string[];
}

/** The instructions sheet's text; `sheet` gives each role's sheet name in the same language. */
export function instructionsText(lang: Lang, sheet: (role: Role) => string): InstructionsText {
  const s = (role: Role) => (lang === "fa" ? `«${sheet(role)}»` : `"${sheet(role)}"`);
  return lang === "fa"
    ? {
        title: "الگوی سند راهبردی",
        lines: [
          "این کارپوشه سند راهبردی را در قالبی نگه می‌دارد که راهبرد می‌خواند و با سیاست‌های بالادست می‌سنجد.",
          "هر برگه یک جدول است و هر سطر آن یک مورد. سرعنوان‌ها را تغییر ندهید؛ سطر تازه را درست زیر جدول بنویسید تا جدول خودش بزرگ شود.",
          `${s("policy")}: سیاست‌های کلان بالادست، هر یک با کد، عنوان و محور.`,
          `${s("goal")}: هدف‌ها؛ در «کد سیاست‌ها» کد سیاست‌هایی را بنویسید که هدف به آن‌ها می‌رساند (چند کد را با ویرگول جدا کنید).`,
          `${s("initiative")}: اقدام‌ها و پروژه‌ها؛ کد هدف هر اقدام را از فهرست برگزینید.`,
          `${s("kpi")}: شاخص‌ها با واحد سنجش، جهت مطلوب، مقدار پایه و مقدار هدف؛ هر شاخص به یک هدف یا یک اقدام پیوند دارد.`,
          `${s("kpi-actuals")}: برای هر شاخص در هر دوره یک سطر با مقدار واقعی.`,
          `${s("budget")}: برای هر اقدام، سال مالی و منبع تأمین یک سطر با اعتبار مصوب و هزینه‌شده.`,
          "کدها: کد هر مورد در برگهٔ خودش یکتا باشد (مانند س-۱، ه-۲، اق-۳). ارقام فارسی و لاتین یکسان خوانده می‌شوند: س-۱ همان س-1 است.",
          "فهرست‌ها: ستون‌های کد بالادست کدهای برگهٔ بالادست را پیشنهاد می‌کنند، پس نخست بالادست را پر کنید. جهت، وضعیت، تناوب، روش تجمیع و نوع ردیف بودجه نیز فهرست دارند.",
          "تاریخ‌ها شمسی‌اند و به‌صورت متن نوشته می‌شوند، مانند ۱۴۰۳/۰۱/۱۵؛ سال مالی مانند ۱۴۰۳ است.",
          "راهبرد این کارپوشه را بررسی می‌کند («اعتبارسنجی سند» در زبانهٔ Home): کد تکراری، پیوند نادرست، تاریخ ناممکن، هدف بی‌پشتوانه، مقدار هدف خلاف جهت و هزینهٔ بیش از اعتبار را گزارش می‌دهد.",
        ],
      }
    : {
        title: "Strategic plan template",
        lines: [
          "This workbook holds a strategic plan in the shape Rahbord reads and checks against the higher-level policies.",
          "Each sheet is a table with one item per row. Keep the headers; type new rows just below a table and it grows by itself.",
          `${s("policy")}: the higher-level macro policies, each with a code, a title and a pillar.`,
          `${s("goal")}: the goals; under "Policy codes" write the codes of the policies a goal serves (several codes separated by commas).`,
          `${s("initiative")}: initiatives and projects; pick each one's goal code from the list.`,
          `${s("kpi")}: the KPIs with unit, desired direction, baseline and target; each KPI belongs to a goal or an initiative.`,
          `${s("kpi-actuals")}: one row per KPI and period with its actual value.`,
          `${s("budget")}: one row per initiative, fiscal year and funding source with the approved and spent amounts.`,
          "Codes: each item's code is unique within its sheet (such as P1, G2, I3). Persian and Latin digits read alike.",
          "Lists: parent-code columns offer the codes of the parent sheet, so fill the parent sheet first. Direction, status, frequency, aggregation and budget kind have lists too.",
          "Dates are Jalali and written as text, such as 1403/01/15; a fiscal year is written like 1403.",
          "Rahbord checks this workbook (Validate plan on the Home tab): duplicate codes, broken links, impossible dates, goals no policy backs, targets against their direction and spending over budget.",
        ],
      };
}
