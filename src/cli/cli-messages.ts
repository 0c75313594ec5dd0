import { defaultDisplayPrefs, fillPlaceholders, formatNumber, type Lang } from "../core/i18n";

/** The command line's own words. Both languages are typed from one key list, so neither can lag. */
const en = {
  "input.missing": "{file}: no such file.",
  "input.folder": "{file} is a folder, not a workbook.",
  "input.unreadable": "{file} cannot be read: {reason}",
  "input.empty": "{file} is empty (0 bytes).",
  "input.encrypted":
    "{file} is password-protected (encrypted). Save an unprotected copy in Excel and check that.",
  "input.legacyXls": "{file} is an Excel 97–2003 (.xls) workbook. Save it as .xlsx in Excel.",
  "input.text": "{file} holds text, not an .xlsx workbook (a CSV file renamed?).",
  "input.unknownBytes": "{file} is not an .xlsx workbook (its contents are not a zip package).",
  "input.notWorkbookZip": "{file} is a zip archive but not an Excel workbook (no xl/workbook.xml).",
  "input.damaged": "{file} is a damaged .xlsx workbook: {reason}",
  "input.noSheets": "{file} has no worksheets.",
  "input.noData": "{file} has worksheets but no data in any of them.",
  "input.mappingFile": "The mapping file {file} cannot be used: {reason}",
  "input.configFile": "The configuration file {file} cannot be used: {reason}",
  "input.storedCorrupt":
    "The mapping stored in {file} is damaged ({reason}). Pass one with --mapping, or save it again from the Rahbord pane.",
  "input.storedNewer":
    "The mapping in {file} was saved by a newer Rahbord (part version {version}). Update Rahbord, or pass --mapping.",
  "input.nothingMapped":
    "No sheet of {file} was recognised as a plan sheet. Run `rahbord detect` to see why, and pass --mapping.",
  "input.outputExists": "Will not overwrite the input workbook {file}.",
  "input.mappingSheetMissing":
    "The mapping reads {role} from sheet «{sheet}», which {file} does not have (renamed or deleted?). Run `rahbord detect` and pass --mapping.",
  "output.cannotWrite": "Cannot write {file}: {reason}",
  "reason.noFolder": "its folder does not exist",
  "reason.denied": "permission denied",
  "reason.isFolder": "it is a folder",
  "reason.readOnly": "the disk is read-only",
  "reason.diskFull": "the disk is full",
  "reason.busy": "another program is using it",
  "usage.unknownCommand":
    "Unknown command «{command}». Commands: validate, detect, template, cascade, diff.",
  "usage.bad": "{reason}. See `rahbord {command} --help`.",
  "usage.missingFile": "Name the workbook",
  "usage.badChoice": "--{option} must be one of: {choices}",
  "mapping.option": "the mapping in {file}",
  "mapping.workbook": "the mapping stored in the workbook",
  "mapping.detected": "detected (confidence {confidence})",
  "mapping.uncertain":
    "Detection is unsure about: {roles}. Check it with `rahbord detect`, then pass --mapping.",
  "report.heading": "{file} — mapping: {mapping}",
  "report.none": "No findings.",
  "report.summary": "Errors: {errors}, warnings: {warnings}, notes: {infos}",
  "report.written": "Report written to {file}",
  "template.written": "Template written to {file}",
  "usage.missingParent": "Name the higher-level plan with --parent <parent.xlsx>",
  "usage.missingDistricts": "Name the district workbooks after the options",
  "input.duplicateDistrict":
    "Two district workbooks are both called «{name}» ({first} and {second}): each district's file needs a name of its own.",
  "input.parentAmongDistricts": "{file} is given both as the higher-level plan and as a district.",
  "input.parentEmpty": "{file} has no goals or KPIs for the districts to answer to.",
  "cascade.parent": "Higher-level plan: {file} — mapping: {mapping}",
  "cascade.district": "{name} — {file} — mapping: {mapping}",
  "cascade.overall": "The {count} districts together, against {file}",
  "cascade.coverage": "The higher-level plan's goals, by the districts serving them:",
  "cascade.served": "{served} of {total}",
  "cascade.uncovered": "Served by no district: {goals}",
  "cascade.allCovered": "Every goal is served by at least one district.",
  "cascade.total": "In all — errors: {errors}, warnings: {warnings}, notes: {infos}",
  "cascade.written": "Consolidated workbook written to {file}",
  "cascade.summarySheet": "Summary",
  "cascade.matrixSheet": "Coverage",
  "cascade.parentLabel": "Higher-level plan",
  "cascade.hashLabel": "SHA-256",
  "cascade.districtsLabel": "Districts",
  "cascade.districtHeader": "District",
  "cascade.overallRow": "All districts together",
  "cascade.codeHeader": "Code",
  "cascade.goalHeader": "Goal",
  "cascade.servingHeader": "Districts serving",
  "cascade.uncoveredMark": "served by no district",
  "usage.twoFiles": "Name the two workbooks: the earlier one, then the later",
  "diff.heading": "{after} compared with {before}",
  "diff.none": "No changes.",
  "diff.summary": "Changes found: {count}",
  "diff.written": "Change report written to {file}",
} as const;

export type CliMessageKey = keyof typeof en;

const fa: Record<CliMessageKey, string> = {
  "input.missing": "{file}: چنین پرونده‌ای نیست.",
  "input.folder": "{file} پوشه است، نه کارپوشه.",
  "input.unreadable": "{file} خوانده نمی‌شود: {reason}",
  "input.empty": "{file} خالی است (۰ بایت).",
  "input.encrypted":
    "{file} با گذرواژه رمزگذاری شده است. نسخه‌ای بی‌گذرواژه در اکسل ذخیره کنید و آن را بررسی کنید.",
  "input.legacyXls":
    "{file} کارپوشهٔ اکسل ۹۷–۲۰۰۳ (.xls) است. آن را در اکسل با قالب .xlsx ذخیره کنید.",
  "input.text": "{file} متن است، نه کارپوشهٔ .xlsx (شاید پروندهٔ CSV با نام دیگر).",
  "input.unknownBytes": "{file} کارپوشهٔ .xlsx نیست (محتوایش بستهٔ zip نیست).",
  "input.notWorkbookZip": "{file} بایگانی zip است ولی کارپوشهٔ اکسل نیست (xl/workbook.xml ندارد).",
  "input.damaged": "{file} کارپوشهٔ .xlsx آسیب‌دیده است: {reason}",
  "input.noSheets": "{file} هیچ کاربرگی ندارد.",
  "input.noData": "کاربرگ‌های {file} هیچ داده‌ای ندارند.",
  "input.mappingFile": "پروندهٔ نگاشت {file} قابل استفاده نیست: {reason}",
  "input.configFile": "پروندهٔ تنظیمات {file} قابل استفاده نیست: {reason}",
  "input.storedCorrupt":
    "نگاشت ذخیره‌شده در {file} آسیب دیده است ({reason}). نگاشتی با --mapping بدهید یا آن را از پنجرهٔ راهبرد دوباره ذخیره کنید.",
  "input.storedNewer":
    "نگاشت {file} را نسخهٔ تازه‌تری از راهبرد ذخیره کرده است (نسخهٔ {version}). راهبرد را به‌روز کنید یا --mapping بدهید.",
  "input.nothingMapped":
    "هیچ کاربرگی از {file} برگهٔ برنامه شناخته نشد. با `rahbord detect` علت را ببینید و نگاشت را با --mapping بدهید.",
  "input.outputExists": "کارپوشهٔ ورودی {file} بازنویسی نمی‌شود.",
  "input.mappingSheetMissing":
    "نگاشت، {role} را از کاربرگ «{sheet}» می‌خواند که در {file} نیست (نامش عوض شده یا حذف شده؟). با `rahbord detect` نگاشت تازه بگیرید و با --mapping بدهید.",
  "output.cannotWrite": "{file} نوشته نمی‌شود: {reason}",
  "reason.noFolder": "پوشه‌اش وجود ندارد",
  "reason.denied": "اجازهٔ دسترسی نیست",
  "reason.isFolder": "پوشه است",
  "reason.readOnly": "دیسک فقط‌خواندنی است",
  "reason.diskFull": "دیسک پر است",
  "reason.busy": "برنامهٔ دیگری از آن استفاده می‌کند",
  "usage.unknownCommand":
    "فرمان «{command}» شناخته نیست. فرمان‌ها: validate، detect، template، cascade، diff.",
  "usage.bad": "{reason}. راهنما: `rahbord {command} --help`.",
  "usage.missingFile": "نام کارپوشه را بدهید",
  "usage.badChoice": "--{option} باید یکی از این‌ها باشد: {choices}",
  "mapping.option": "نگاشت پروندهٔ {file}",
  "mapping.workbook": "نگاشت ذخیره‌شده در کارپوشه",
  "mapping.detected": "تشخیص خودکار (اطمینان {confidence})",
  "mapping.uncertain":
    "تشخیص دربارهٔ این‌ها مطمئن نیست: {roles}. با `rahbord detect` بررسی کنید و نگاشت را با --mapping بدهید.",
  "report.heading": "{file} — نگاشت: {mapping}",
  "report.none": "یافته‌ای نیست.",
  "report.summary": "{errors} خطا، {warnings} هشدار، {infos} یادداشت",
  "report.written": "گزارش در {file} نوشته شد",
  "template.written": "الگو در {file} نوشته شد",
  "usage.missingParent": "برنامهٔ بالادست را با --parent <parent.xlsx> بدهید",
  "usage.missingDistricts": "کارپوشه‌های مناطق را پس از گزینه‌ها نام ببرید",
  "input.duplicateDistrict":
    "دو کارپوشهٔ منطقه هر دو «{name}» نام دارند ({first} و {second}): پروندهٔ هر منطقه باید نام خودش را داشته باشد.",
  "input.parentAmongDistricts": "{file} هم برنامهٔ بالادست داده شده است و هم منطقه.",
  "input.parentEmpty": "{file} هیچ هدف یا شاخصی ندارد که مناطق پاسخ‌گوی آن باشند.",
  "cascade.parent": "برنامهٔ بالادست: {file} — نگاشت: {mapping}",
  "cascade.district": "{name} — {file} — نگاشت: {mapping}",
  "cascade.overall": "{count} منطقه با هم، در برابر {file}",
  "cascade.coverage": "هدف‌های برنامهٔ بالادست و مناطقی که در خدمت آن‌اند:",
  "cascade.served": "{served} از {total}",
  "cascade.uncovered": "در خدمت هیچ منطقه‌ای نیست: {goals}",
  "cascade.allCovered": "هر هدف دست‌کم در خدمت یک منطقه است.",
  "cascade.total": "روی هم — {errors} خطا، {warnings} هشدار، {infos} یادداشت",
  "cascade.written": "کارپوشهٔ تلفیقی در {file} نوشته شد",
  "cascade.summarySheet": "خلاصه",
  "cascade.matrixSheet": "ماتریس پوشش",
  "cascade.parentLabel": "برنامهٔ بالادست",
  "cascade.hashLabel": "SHA-256",
  "cascade.districtsLabel": "مناطق",
  "cascade.districtHeader": "منطقه",
  "cascade.overallRow": "همهٔ مناطق با هم",
  "cascade.codeHeader": "کد",
  "cascade.goalHeader": "هدف",
  "cascade.servingHeader": "مناطق در خدمت",
  "cascade.uncoveredMark": "در خدمت هیچ منطقه‌ای نیست",
  "usage.twoFiles": "نام دو کارپوشه را بدهید: نخست پیشین، سپس پسین",
  "diff.heading": "{after} در مقایسه با {before}",
  "diff.none": "تغییری نیست.",
  "diff.summary": "تغییرات: {count}",
  "diff.written": "گزارش تغییرات در {file} نوشته شد",
};

const CATALOGUES: Record<Lang, Record<CliMessageKey, string>> = { en, fa };

export function cliMessage(
  lang: Lang,
  key: CliMessageKey,
  values: Readonly<Record<string, string | number>> = {}
): string {
  const prefs = defaultDisplayPrefs(lang);
  return fillPlaceholders(CATALOGUES[lang][key], values, (n) => formatNumber(n, prefs));
}
