/**
 * Every user-facing string, in English. This object defines the keys: the Persian catalogue must
 * have exactly the same ones (the type checker and a test both enforce it).
 * Placeholders are {name}; numbers passed to them are formatted in the reader's digits.
 */
export const en = {
  "app.name": "Rahbord",
  "app.tagline": "Strategic plans, checked against the plan above them",

  "lang.switch": "فارسی",
  "lang.switch.aria": "Show Rahbord in Persian",

  "nav.label": "Sections",
  "nav.home": "Home",
  "nav.mapping": "Mapping",
  "nav.findings": "Findings",
  "nav.budget": "Budget",
  "nav.dashboard": "Dashboard",
  "nav.settings": "Settings",

  "home.intro":
    "Rahbord reads this workbook's sheets as policies, goals, initiatives, KPIs and budget lines, and checks them against the higher-level plan.",
  "home.validate": "Validate plan",
  "home.reading": "Reading the workbook…",
  "home.validating": "Validating…",
  "home.mapping.stored": "A plan mapping is stored in this workbook: {roles} roles mapped.",
  "home.mapping.none":
    "No plan mapping is stored yet: Rahbord recognises the sheets by their headers. Confirm or correct them in Mapping and save.",
  "home.mapping.unusable":
    "The plan mapping stored in this workbook cannot be used ({reason}). Fix or replace it in Mapping.",
  "home.nothingMapped": "No sheet looks like a plan sheet. Map your sheets in Mapping.",
  "home.count.errors": "{count} errors",
  "home.count.warnings": "{count} warnings",
  "home.count.infos": "{count} notes",
  "home.validatedAt": "Validated {when}; the list is also on the «{sheet}» sheet.",
  "home.detected":
    "The sheets were recognised automatically. Review and save the mapping in Mapping.",
  "home.uncertain":
    "Rahbord is unsure of some sheets it recognised: confirm the mapping in Mapping before relying on the findings.",
  "home.openFindings": "Open findings",
  "live.switch": "Live: validate again when the plan's sheets change",
  "live.failed": "Live mode stopped: {message}",
  "home.sheets.title": "Sheets in this workbook",
  "home.sheets.size": "{rows} rows × {columns} columns",
  "home.sheets.empty": "empty",
  "home.sheets.hidden": "hidden",
  "home.lastRead": "Read {when}",
  "home.shortcuts": "Go to",

  "screen.mapping.intro":
    "Which sheet holds policies, goals, initiatives, KPIs, KPI actuals and budget lines, and which column holds each field.",
  "screen.findings.intro":
    "What is inconsistent with the higher-level plan, grouped by severity, rule and sheet, each one click from its cell.",
  "screen.budget.intro":
    "Link budget columns (approved and spent, by year and funding source) to initiatives.",
  "screen.dashboard.intro":
    "Summary charts built in the workbook, and the planning template for new plans.",

  "settings.language": "Language",
  "settings.digits": "Digits",
  "settings.digits.persian": "Persian (۱۲۳)",
  "settings.digits.latin": "Latin (123)",
  "settings.calendar": "Calendar",
  "settings.calendar.jalali": "Jalali (solar hijri)",
  "settings.calendar.gregorian": "Gregorian",
  "settings.example": "Example: {number} · {date}",

  "settings.plan.title": "Plan settings (saved in the workbook)",
  "settings.plan.noMapping":
    "Plan settings are saved with the plan mapping: save the mapping in Mapping first.",
  "settings.plan.onTrack": "On track from (% of target)",
  "settings.plan.atRisk": "At risk from (% of target)",
  "settings.plan.thresholdsBad": "At risk must be below on track, both between 0 and 100.",
  "settings.plan.periodStart": "Plan period from",
  "settings.plan.periodEnd": "to",
  "settings.plan.periodBad": "A year or a date, such as 1400 or 1404/12/29; give both ends.",
  "settings.plan.rules": "Rules",
  "settings.rule.default": "Default ({severity})",
  "settings.rule.error": "Error",
  "settings.rule.warning": "Warning",
  "settings.rule.info": "Note",
  "settings.rule.off": "Off",
  "settings.plan.save": "Save settings",
  "settings.plan.saved": "Saved in the workbook. The next validation uses them.",

  "overview.summary": "{sheets} sheets, {dataSheets} with data, {rows} rows in all.",

  "validate.counts":
    "Errors: {errors}, warnings: {warnings}, notes: {infos}. The list is on the «{sheet}» sheet.",
  "validate.uncertain":
    "No plan mapping is stored, and detection is unsure of some sheets: open Rahbord (Home tab ▸ Open Rahbord) to confirm the mapping.",
  "validate.detected":
    "No plan mapping is stored: the sheets were recognised automatically. Open Rahbord to review and save the mapping.",
  "validate.nothingMapped":
    "No sheet looks like a plan sheet. Open Rahbord (Home tab ▸ Open Rahbord) to map your sheets.",
  "validate.mappingUnusable":
    "The plan mapping stored in this workbook cannot be used ({reason}). Nothing was checked: open Rahbord to fix or replace it.",
  "validate.mapping.corrupt": "it is damaged",
  "validate.mapping.newer": "a newer Rahbord saved it",
  "validate.mapping.several": "it is stored more than once",

  "highlight.done":
    "{cells} offending cells are coloured on the plan sheets: red for errors, yellow for warnings, blue for notes. Clear highlights removes the colours and nothing else.",
  "highlight.capped":
    "{cells} more cells were not coloured: this Excel colours at most {max} separate areas.",
  "highlight.cleared":
    "Rahbord's highlights are removed ({formats} conditional formats). Your cells, formats and own conditional formats are as they were.",
  "highlight.none": "There were no Rahbord highlights to remove.",

  "dashboard.built":
    "The dashboard is on the «{sheet}» sheet: {charts} charts; {live} figures are formulas that follow your sheets, {asOf} are Rahbord's figures as of now.",

  "template.inserted": "The planning template's sheets are added: {sheets}.",
  "links.enforced":
    "{columns} parent-code ranges now offer the parent's codes as a dropdown. Remove links puts back what they held.",
  "links.left": "Left as they were: {ranges}.",
  "links.reason.mixed": "cells with different validations",
  "links.reason.userList": "your own dropdown",
  "links.reason.changed": "changed since Rahbord added its dropdown",
  "links.reason.sheetMissing": "the sheet is gone",
  "links.noParentCodes": "{links} links have no parent codes to choose from yet.",
  "links.blocked":
    "Rahbord's record of its dropdowns cannot be used ({reason}). Nothing was changed.",
  "links.removed":
    "Rahbord's dropdowns are removed from {columns} ranges; the validation they had before is back.",
  "links.nothing": "Rahbord has added no dropdowns to this workbook.",

  "operation.cancel": "Cancel",
  "operation.cancelled":
    "Stopped. Nothing was changed in the workbook by the part that did not run.",

  "pane.dashboard.title": "Summary dashboard",
  "pane.dashboard.about":
    "Six summary tables with live formulas over your sheets, and a chart beside each, on one sheet rebuilt in place.",
  "pane.dashboard.build": "Build dashboard",
  "pane.template.title": "Planning template",
  "pane.template.about":
    "Adds the planning template's sheets, with tables and dropdowns, without touching your sheets.",
  "pane.template.insert": "Insert template",
  "pane.links.title": "Links between codes",
  "pane.links.about":
    "Dropdowns of the parent's codes on the parent-code columns; removing them puts back what the columns had.",
  "pane.links.enforce": "Enforce links",
  "pane.links.remove": "Remove links",

  "notice.title.info": "Rahbord",
  "notice.title.error": "Rahbord could not finish",
  "notice.close": "Close",

  "error.unexpected": "Something went wrong: {message}",
  "error.retry":
    "Try again. If it keeps failing, save the workbook, close and reopen it, and try once more.",

  "requirements.tooOld":
    "This Excel does not support ExcelApi {needed}, which Rahbord needs. Use Excel 2019 or later, Microsoft 365 or Excel on the web.",
  "requirements.degraded": "Not available in this version of Excel:",
  "requirements.feature": "{feature} (needs ExcelApi {needed})",
  "feature.readingOrder": "right-to-left text in the sheets Rahbord writes",
  "feature.dataValidation": "dropdowns that enforce links between codes",
  "feature.cultureInfo": "Excel's own number and date settings",
  "feature.insertSheets": "the template with right-to-left sheets",
  "feature.rangeAreas": "one highlight for many scattered cells",
  "feature.mergedAreas": "reading merged group titles above two-row headers",

  "outside.title": "Open Rahbord inside Excel",
  "outside.body":
    "This is Rahbord's task pane. It works inside Excel, where it reads and checks your workbook; in a plain browser there is no workbook to read.",
  "outside.steps": "To open it in Excel",
  "outside.step.desktop":
    "Excel for Windows or Mac: Home ▸ Add-ins ▸ More Add-ins ▸ My Add-ins ▸ Upload My Add-in (or your organisation's Shared Folder), then choose Rahbord's manifest.xml.",
  "outside.step.web":
    "Excel on the web: Home ▸ Add-ins ▸ More Add-ins ▸ Upload My Add-in, then choose manifest.xml.",
  "outside.step.ribbon":
    "Rahbord then appears on the Home tab: Validate plan checks the workbook, Open Rahbord shows this pane.",
  "outside.officeMissing":
    "The Office library (office.js) did not load from {source}. Inside Excel this computer must be able to reach it.",
  "outside.preview": "The sections below are a preview; their actions need a workbook.",

  "links.alert.title": "Not a {parent} code",
  "links.alert.message":
    "The {field} must be one of the {parent} codes on the sheet “{sheet}”. Choose it from the list.",

  "mapping.needsWorkbook":
    "The mapping is read from and saved into the open workbook: open Rahbord inside Excel to see it.",
  "mapping.reading": "Reading the sheets",
  "mapping.readAgain": "Read the sheets again",
  "mapping.source.stored":
    "This is the mapping stored in this workbook. Detect again proposes one from the sheets as they are now.",
  "mapping.source.detected":
    "Rahbord recognised these sheets and columns. Check them, change what is wrong, and save the mapping.",
  "mapping.source.unusable":
    "The mapping stored in this workbook cannot be used ({reason}), so the sheets were recognised again. Saving asks before replacing it.",
  "mapping.detectAgain": "Detect again",
  "mapping.sheets": "Sheets",
  "mapping.sheet": "Sheet",
  "mapping.role": "Holds",
  "mapping.roleOf": "What the sheet «{sheet}» holds",
  "mapping.role.none": "Not a plan sheet",
  "mapping.certainty": "Confidence",
  "mapping.certainty.detected": "{percent} sure",
  "mapping.certainty.stored": "as stored",
  "mapping.certainty.chosen": "your choice",
  "mapping.columns": "Columns and first rows",
  "mapping.sheetHeading": "Sheet «{sheet}»: {role}",
  "mapping.headerRow": "Header row",
  "mapping.columnsOf": "Columns of «{sheet}»",
  "mapping.column": "Column",
  "mapping.field": "Read as",
  "mapping.fieldOf": "Field of column {column} ({header})",
  "mapping.field.none": "Not used",
  "mapping.wide": "{measure} in {when}",
  "mapping.wide.source": "{measure} in {when}, {source}",
  "mapping.period.quarter": "Q{n} {year}",
  "mapping.period.half": "H{n} {year}",
  "mapping.period.month": "month {n} of {year}",
  "mapping.preview": "First rows of «{sheet}»",
  "mapping.preview.empty":
    "Nothing to show: no column is read, or no data rows follow the header row.",
  "mapping.row": "Row",
  "mapping.gap.title": "What Rahbord needs but the mapping lacks",
  "mapping.gap.field": "{role} sheet «{sheet}»: no column for the {fields}.",
  "mapping.gap.either": "{first} or {second}",
  "mapping.gap.sheetGone":
    "The stored mapping reads the {role} rows from the sheet «{sheet}», which is not in this workbook.",
  "mapping.gap.nothingMapped": "No sheet is mapped yet: choose what at least one sheet holds.",
  "mapping.gap.none": "Every mapped sheet has the columns Rahbord needs.",
  "mapping.save": "Save mapping",
  "mapping.saving": "Saving the mapping",
  "mapping.saved":
    "The mapping is saved in this workbook. Validate plan, the dashboard and Rahbord's command line now read the sheets this way.",
  "mapping.inTheWay": "The mapping already stored in this workbook cannot be used ({reason}).",
  "mapping.inTheWay.replace":
    "Replacing it deletes it, with any rule settings it held, and stores this mapping instead. Nothing else in the workbook changes.",
  "mapping.replace": "Replace it",
  "mapping.keep": "Keep it",
  "mapping.kept": "Nothing was saved: the stored mapping is as it was.",

  "findings.none": "Not validated yet. Validate plan checks the plan and lists its findings here.",
  "findings.validateAgain": "Validate again",
  "findings.severities": "Show findings by severity",
  "findings.groupBy": "Group by",
  "findings.groupBy.severity": "Severity",
  "findings.groupBy.rule": "Rule",
  "findings.groupBy.district": "District",
  "findings.group.noDistrict": "Higher-level plan and rows without a district",
  "findings.groupBy.sheet": "Sheet",
  "findings.search": "Search",
  "findings.search.placeholder": "Message, code, sheet or cell",
  "findings.shown": "{shown} of {total} findings shown",
  "findings.group": "{name}: {count} findings",
  "findings.goTo": "Go to {address}",
  "findings.why": "Why",
  "findings.export.csv": "Export CSV",
  "findings.export.json": "Export JSON",
  "findings.highlight": "Highlight the cells in the workbook",
  "findings.highlighting": "Updating the highlights…",
  "findings.highlight.done":
    "{cells} cells are coloured: red for errors, yellow for warnings, blue for notes. Turning the switch off removes the colours and nothing else.",
  "findings.highlight.missing":
    "Not coloured, because these sheets are no longer in the workbook: {sheets}.",
  "findings.navigating": "Going to the cell…",
  "findings.sheetGone":
    "The sheet «{sheet}» is no longer in this workbook: it was renamed or deleted after the check. Validate again to update the findings.",
  "findings.noMatch": "No finding matches the severities and search chosen.",
  "findings.clean": "No findings: nothing in the plan is inconsistent.",
  "screen.loading": "Opening…",

  "budget.needsWorkbook":
    "Budget linking reads the open workbook and saves into its mapping: open Rahbord inside Excel to use it.",
  "budget.reading": "Reading the sheets",
  "budget.previewing": "Reading the budget sheet",
  "budget.source.stored": "These are the budget columns of the mapping stored in this workbook.",
  "budget.source.added":
    "The mapping stored in this workbook reads no budget yet, so these are the columns Rahbord recognised. Saving adds them to it.",
  "budget.source.detected":
    "No mapping is stored in this workbook, so these are the columns Rahbord recognised. Saving stores every sheet's mapping as recognised, with these budget columns: check the others in Mapping.",
  "budget.source.unusable":
    "The mapping stored in this workbook cannot be used ({reason}), so the columns were recognised again. Saving asks before replacing it.",
  "budget.source.notFound":
    "Rahbord recognised no sheet of budget lines: choose the sheet that holds them.",
  "budget.sheet": "Budget sheet",
  "budget.sheet.choose": "Choose a sheet",
  "budget.column.none": "None",
  "budget.column.initiative": "Initiative code column",
  "budget.column.initiative.needed": "Without it no budget line links to an initiative.",
  "budget.column.source": "Funding source column (optional)",
  "budget.column.kind": "Cost or revenue column (optional)",
  "budget.column.year": "Year column",
  "budget.column.approved": "Approved amount column",
  "budget.column.spent": "Spent amount column",
  "budget.layout": "Layout",
  "budget.layout.long": "Long: a row per year, with a year column and amount columns",
  "budget.layout.wide": "Wide: a column per year and amount",
  "budget.amounts": "Amount columns",
  "budget.amounts.column": "Column",
  "budget.amounts.measure": "Holds",
  "budget.amounts.year": "Year",
  "budget.amounts.source": "Funding source",
  "budget.amounts.measureOf": "What column {column} ({header}) holds",
  "budget.amounts.yearOf": "Year of column {column} ({header})",
  "budget.amounts.sourceOf": "Funding source of column {column} ({header})",
  "budget.measure.none": "Not read",
  "budget.preview": "Budget by initiative",
  "budget.preview.total": "All cost lines",
  "budget.preview.more": "…and {count} more initiatives.",
  "budget.preview.noInitiatives":
    "No initiatives sheet is mapped, so nothing rolls up by initiative: map it in Mapping.",
  "budget.unlinked": "Budget lines that link to no initiative: {count}",
  "budget.unlinked.none": "Every budget line names an initiative of the plan.",
  "budget.unlinked.cell": "Cell",
  "budget.unlinked.code": "Initiative code",
  "budget.unlinked.why": "Why",
  "budget.unlinked.noCode": "(none)",
  "budget.unlinked.more": "…and {count} more lines.",
  "nav.review": "Review",
  "screen.review.intro":
    "Keep the plan as it stands at each review date inside the workbook, then list what has changed since.",
  "review.sheet": "Rahbord changes",
  "review.column.entity": "Entity",
  "review.column.code": "Code",
  "review.column.change": "Change",
  "review.column.before": "Before",
  "review.column.after": "After",
  "review.column.justification": "Justification",
  "review.column.location": "Go to",
  "review.change.added": "added",
  "review.change.removed": "removed",
  "review.change.retitled": "retitled",
  "review.change.reparented": "re-parented",
  "review.change.target": "target changed",
  "review.change.approved": "approved budget changed",
  "review.change.spent": "spent budget changed",
  "review.group.policy": "Policies",
  "review.group.goal": "Goals",
  "review.group.initiative": "Initiatives",
  "review.group.kpi": "KPIs",
  "review.report.since": "Changes since «{label}», reviewed {date}",
  "review.report.comparedAt": "Compared at",
  "review.report.none": "No changes.",
  "review.snapshot.title": "Take a snapshot",
  "review.snapshot.about":
    "Stores the plan's codes, titles, parents, KPI targets and budgets as they are now inside this workbook, to compare with at the next review.",
  "review.snapshot.label": "Label",
  "review.snapshot.labelPlaceholder": "Mid-year review",
  "review.snapshot.date": "Review date",
  "review.snapshot.dateHint": "As 2026-03-21 or 1405/01/01.",
  "review.snapshot.badDate":
    "«{text}» is not a date: write the whole day, as 2026-03-21 or 1405/01/01.",
  "review.snapshot.take": "Take snapshot",
  "review.snapshot.taken": "Snapshot «{label}» is stored in the workbook ({size}).",
  "review.snapshot.tooLarge":
    "The plan is too large to store as a snapshot: {size}, above the {limit} a workbook part can take.",
  "review.list.title": "Snapshots in this workbook",
  "review.list.about": "Choose one to compare the plan with it.",
  "review.list.empty": "No snapshot is stored in this workbook yet.",
  "review.list.read": "Read snapshots",
  "review.list.reading": "Reading the snapshots",
  "review.list.taken": "taken {when}",
  "review.list.compressed": "{size}, compressed",
  "review.list.unreadable": "Cannot be read: {reason}",
  "review.list.newer": "Saved by a newer Rahbord (format {version}): update Rahbord to use it.",
  "review.list.untitled": "(no label)",
  "review.list.delete": "Delete",
  "review.list.deleteLabel": "Delete snapshot «{label}»",
  "review.list.deleted": "Snapshot «{label}» is deleted.",
  "review.list.gone": "That snapshot is no longer in the workbook.",
  "review.compare.title": "Compare",
  "review.compare.choose": "Snapshot to compare with",
  "review.compare.run": "Compare with the plan now",
  "review.compare.none": "Nothing has changed since «{label}».",
  "review.compare.found": "Changes since «{label}»: {count}.",
  "review.compare.unreadable": "The snapshot «{label}» cannot be read: {reason}",
  "review.compare.write": "Write change report",
  "review.compare.written":
    "The change report is on the «{sheet}» sheet; {kept} justifications already typed there were kept.",
  "review.size.kb": "{size} KB",
  "review.list.confirm": "Delete for good",
  "review.list.keep": "Keep",
  "review.compare.more": "…and {count} more; the change report lists them all.",
  "nav.parent": "Higher-level plan",
  "screen.parent.intro":
    "Import the plan above this one — the city plan for a deputy, the deputy's plan for a district — so that goals, KPIs and budgets are checked against its policies, goals and targets.",
  "parent.current.title": "Imported higher-level plan",
  "parent.current.none":
    "No higher-level plan is imported in this workbook: codes of parent goals and KPIs are reported as unknown.",
  "parent.current.reading": "Reading the imported plan",
  "parent.current.file": "File",
  "parent.current.importedAt": "Imported",
  "parent.current.hash": "SHA-256",
  "parent.current.sheet": "Kept on the protected «{sheet}» sheet.",
  "parent.current.unprotected":
    "The «{sheet}» sheet is no longer protected: import the plan again to restore it as it was.",
  "parent.counts": "{policies} policies, {goals} goals, {kpis} KPIs",
  "parent.pick.title": "Import a higher-level plan",
  "parent.pick.about":
    "Choose the parent plan's workbook (.xlsx). It is read here, in the pane: the file is neither changed nor uploaded.",
  "parent.pick.button": "Choose workbook…",
  "parent.pick.reading": "Reading {file}",
  "parent.mapping.stored": "Read through the mapping stored in {file}.",
  "parent.mapping.detected": "The sheets of {file} were recognised by their headers.",
  "parent.mapping.storedUnusable":
    "The mapping stored in {file} cannot be used ({reason}): its sheets were recognised by their headers instead.",
  "parent.mapping.uncertain":
    "Rahbord is unsure of some sheets it recognised in {file}: check the counts, or open that workbook, confirm its mapping with Rahbord and save it first.",
  "parent.missing.goals": "No goals were found in {file}.",
  "parent.missing.kpis": "No KPIs were found in {file}.",
  "parent.nothing":
    "{file} holds no policies, goals or KPIs that Rahbord can read: there is nothing to import.",
  "parent.preview.title": "Before importing",
  "parent.preview.counts": "{file} holds {counts}.",
  "parent.preview.same":
    "This is the same file as last time (the same SHA-256): nothing in the higher-level plan has changed.",
  "parent.preview.changes": "{count} changes in the higher-level plan since the import of {date}:",
  "parent.preview.unchanged":
    "A different file from last time, but its policies, goals and KPIs are as they were.",
  "parent.import": "Import",
  "parent.importing": "Importing the higher-level plan",
  "parent.imported":
    "The higher-level plan is on the protected «{sheet}» sheet: {rows} policies, goals and KPIs.",
  "parent.revalidated": "The plan was validated again against it: see Findings.",
  "parent.remove": "Remove the higher-level plan",
  "parent.remove.about":
    "Deletes the «{sheet}» sheet: the plan is then no longer checked against a higher-level plan. Your own sheets are not touched.",
  "parent.removing": "Removing the higher-level plan",
  "parent.locked":
    "The «{sheet}» sheet is protected with a password of yours, so Rahbord left it as it was. Unprotect it (Review ▸ Unprotect Sheet) and import again.",
  "parent.removed": "The «{sheet}» sheet is removed.",
  "parent.removed.none": "There was no higher-level plan to remove.",
  "parent.problem.empty": "{file} is empty (0 bytes).",
  "parent.problem.encrypted":
    "{file} is protected with a password. Open it in Excel, remove the password, save it and choose it again.",
  "parent.problem.legacyXls":
    "{file} is an Excel 97–2003 (.xls) workbook. Save it as .xlsx in Excel and choose it again.",
  "parent.problem.text": "{file} holds text, not an .xlsx workbook (a CSV file renamed?).",
  "parent.problem.unknownBytes": "{file} is not an .xlsx workbook.",
  "parent.problem.notWorkbookZip": "{file} is a zip archive but not an Excel workbook.",
  "parent.problem.damaged": "{file} is a damaged .xlsx workbook: {reason}",
  "parent.problem.noSheets": "{file} has no worksheets.",
  "parent.problem.noData": "{file} has worksheets but no data in any of them.",
  "parent.problem.unreadable": "{file} cannot be read: {reason}",
} as const;

export type MessageKey = keyof typeof en;
