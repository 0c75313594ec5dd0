import type { MessageKey } from "./en";

/** Every user-facing string, in Persian; the keys are English's (see en.ts). */
export const fa: Record<MessageKey, string> = {
  "app.name": "راهبرد",
  "app.tagline": "سند راهبردی، سنجیده با برنامهٔ بالادستی",

  "lang.switch": "English",
  "lang.switch.aria": "نمایش راهبرد به انگلیسی",

  "nav.label": "بخش‌ها",
  "nav.home": "خانه",
  "nav.mapping": "نگاشت",
  "nav.findings": "یافته‌ها",
  "nav.budget": "بودجه",
  "nav.dashboard": "داشبورد",
  "nav.settings": "تنظیمات",

  "home.intro":
    "راهبرد برگه‌های این کارپوشه را به‌صورت سیاست‌ها، اهداف، اقدامات، شاخص‌ها و ردیف‌های بودجه می‌خواند و آن‌ها را با برنامهٔ بالادستی می‌سنجد.",
  "home.validate": "اعتبارسنجی سند",
  "home.reading": "در حال خواندن کارپوشه…",
  "home.validating": "در حال اعتبارسنجی…",
  "home.mapping.stored": "نگاشت سند در این کارپوشه ذخیره شده است: {roles} نقش نگاشت شده.",
  "home.mapping.none":
    "هنوز نگاشتی ذخیره نشده است: راهبرد برگه‌ها را از سرستون‌هایشان می‌شناسد. در «نگاشت» آن‌ها را تأیید یا اصلاح و ذخیره کنید.",
  "home.mapping.unusable":
    "نگاشت ذخیره‌شده در این کارپوشه قابل استفاده نیست ({reason}). در «نگاشت» آن را درست یا جایگزین کنید.",
  "home.nothingMapped": "هیچ برگه‌ای به برگهٔ سند نمی‌ماند. برگه‌ها را در «نگاشت» نگاشت کنید.",
  "home.count.errors": "{count} خطا",
  "home.count.warnings": "{count} هشدار",
  "home.count.infos": "{count} یادداشت",
  "home.validatedAt": "اعتبارسنجی در {when}؛ فهرست در برگهٔ «{sheet}» هم هست.",
  "home.detected": "برگه‌ها خودکار شناخته شدند. نگاشت را در «نگاشت» ببینید و ذخیره کنید.",
  "home.uncertain":
    "راهبرد دربارهٔ برخی برگه‌هایی که شناخته مطمئن نیست: پیش از تکیه بر یافته‌ها نگاشت را در «نگاشت» تأیید کنید.",
  "home.openFindings": "دیدن یافته‌ها",
  "live.switch": "زنده: با هر تغییر برگه‌های سند دوباره اعتبارسنجی شود",
  "live.failed": "حالت زنده متوقف شد: {message}",
  "home.sheets.title": "برگه‌های این کارپوشه",
  "home.sheets.size": "{rows} سطر × {columns} ستون",
  "home.sheets.empty": "خالی",
  "home.sheets.hidden": "پنهان",
  "home.lastRead": "خوانده‌شده در {when}",
  "home.shortcuts": "رفتن به",

  "screen.mapping.intro":
    "کدام برگه سیاست‌ها، اهداف، اقدامات، شاخص‌ها، مقادیر واقعی شاخص‌ها و ردیف‌های بودجه را دارد و هر ستون کدام فیلد است.",
  "screen.findings.intro":
    "ناسازگاری‌ها با برنامهٔ بالادستی، به تفکیک شدت، قاعده و برگه؛ هر یافته با یک کلیک به خانهٔ خود می‌رسد.",
  "screen.budget.intro":
    "پیوند ستون‌های بودجه (مصوب و هزینه‌شده، به تفکیک سال و منبع تأمین) به اقدامات.",
  "screen.dashboard.intro": "نمودارهای خلاصه در خود کارپوشه، و الگوی برنامه‌ریزی برای سندهای تازه.",

  "settings.language": "زبان",
  "settings.digits": "ارقام",
  "settings.digits.persian": "فارسی (۱۲۳)",
  "settings.digits.latin": "لاتین (123)",
  "settings.calendar": "تقویم",
  "settings.calendar.jalali": "هجری شمسی (جلالی)",
  "settings.calendar.gregorian": "میلادی",
  "settings.example": "نمونه: {number} · {date}",

  "settings.plan.title": "تنظیمات سند (ذخیره در کارپوشه)",
  "settings.plan.noMapping":
    "تنظیمات سند همراه نگاشت ذخیره می‌شود: نخست نگاشت را در «نگاشت» ذخیره کنید.",
  "settings.plan.onTrack": "در مسیر از (درصد هدف)",
  "settings.plan.atRisk": "در معرض خطر از (درصد هدف)",
  "settings.plan.thresholdsBad": "«در معرض خطر» باید کمتر از «در مسیر» و هر دو میان ۰ و ۱۰۰ باشند.",
  "settings.plan.periodStart": "دورهٔ برنامه از",
  "settings.plan.periodEnd": "تا",
  "settings.plan.periodBad": "سال یا تاریخ، مانند ۱۴۰۰ یا ۱۴۰۴/۱۲/۲۹؛ هر دو سر را بنویسید.",
  "settings.plan.rules": "قاعده‌ها",
  "settings.rule.default": "پیش‌فرض ({severity})",
  "settings.rule.error": "خطا",
  "settings.rule.warning": "هشدار",
  "settings.rule.info": "یادداشت",
  "settings.rule.off": "خاموش",
  "settings.plan.save": "ذخیرهٔ تنظیمات",
  "settings.plan.saved": "در کارپوشه ذخیره شد. اعتبارسنجی بعدی از آن‌ها استفاده می‌کند.",

  "overview.summary": "{sheets} برگه، {dataSheets} برگهٔ دارای داده، روی‌هم {rows} سطر.",

  "validate.counts":
    "{errors} خطا، {warnings} هشدار، {infos} یادداشت. فهرست در برگهٔ «{sheet}» است.",
  "validate.uncertain":
    "نگاشتی ذخیره نشده و تشخیص خودکار دربارهٔ برخی برگه‌ها مطمئن نیست: راهبرد را باز کنید (دکمهٔ «گشودن راهبرد» در زبانهٔ Home) و نگاشت را تأیید کنید.",
  "validate.detected":
    "نگاشتی ذخیره نشده است و برگه‌ها خودکار شناخته شدند. راهبرد را باز کنید تا نگاشت را ببینید و ذخیره کنید.",
  "validate.nothingMapped":
    "هیچ برگه‌ای به برگهٔ برنامه نمی‌ماند. راهبرد را باز کنید (دکمهٔ «گشودن راهبرد» در زبانهٔ Home) و برگه‌ها را نگاشت کنید.",
  "validate.mappingUnusable":
    "نگاشت ذخیره‌شده در این کارپوشه قابل استفاده نیست ({reason}). چیزی بررسی نشد: راهبرد را باز کنید و آن را درست یا جایگزین کنید.",
  "validate.mapping.corrupt": "آسیب دیده است",
  "validate.mapping.newer": "نسخهٔ تازه‌تری از راهبرد آن را ذخیره کرده است",
  "validate.mapping.several": "بیش از یک بار ذخیره شده است",

  "highlight.done":
    "{cells} خانهٔ نادرست در برگه‌های سند رنگ شد: سرخ برای خطا، زرد برای هشدار، آبی برای یادداشت. «پاک‌کردن نشانه‌ها» فقط همین رنگ‌ها را برمی‌دارد.",
  "highlight.capped":
    "{cells} خانهٔ دیگر رنگ نشد: این نسخهٔ اکسل دست‌بالا {max} ناحیهٔ جدا را رنگ می‌کند.",
  "highlight.cleared":
    "نشانه‌های راهبرد برداشته شد ({formats} قالب‌بندی شرطی). خانه‌ها، قالب‌ها و قالب‌بندی‌های شرطی خود شما دست‌نخورده‌اند.",
  "highlight.none": "نشانه‌ای از راهبرد برای برداشتن نبود.",

  "dashboard.built":
    "داشبورد در برگهٔ «{sheet}» است: {charts} نمودار؛ {live} رقم فرمول‌اند و با برگه‌های شما به‌روز می‌شوند و {asOf} رقم محاسبهٔ اکنونِ راهبردند.",

  "template.inserted": "برگه‌های الگوی برنامه‌ریزی افزوده شد: {sheets}.",
  "links.enforced":
    "اکنون {columns} بازهٔ کد والد، کدهای والد را در فهرست کشویی پیشنهاد می‌کنند. «برداشتن پیوندها» آنچه پیش‌تر داشتند را برمی‌گرداند.",
  "links.left": "دست‌نخورده ماند: {ranges}.",
  "links.reason.mixed": "خانه‌هایی با اعتبارسنجی‌های گوناگون",
  "links.reason.userList": "فهرست کشویی خود شما",
  "links.reason.changed": "پس از افزودن راهبرد تغییر کرده است",
  "links.reason.sheetMissing": "برگه دیگر نیست",
  "links.noParentCodes": "{links} پیوند هنوز کد والدی برای انتخاب ندارد.",
  "links.blocked":
    "یادداشت راهبرد از فهرست‌های کشویی‌اش قابل استفاده نیست ({reason}). چیزی تغییر نکرد.",
  "links.removed":
    "فهرست‌های کشویی راهبرد از {columns} بازه برداشته شد و اعتبارسنجی پیشین‌شان برگشت.",
  "links.nothing": "راهبرد فهرست کشویی‌ای به این کارپوشه نیفزوده است.",

  "operation.cancel": "لغو",
  "operation.cancelled": "متوقف شد. بخشی که اجرا نشد چیزی را در کارپوشه تغییر نداد.",

  "pane.dashboard.title": "داشبورد خلاصه",
  "pane.dashboard.about":
    "شش جدول خلاصه با فرمول‌های زنده روی برگه‌های شما و کنار هر یک نموداری، در یک برگه که هر بار در جا بازسازی می‌شود.",
  "pane.dashboard.build": "ساخت داشبورد",
  "pane.template.title": "الگوی برنامه‌ریزی",
  "pane.template.about":
    "برگه‌های الگوی برنامه‌ریزی را با جدول‌ها و فهرست‌های کشویی می‌افزاید، بی‌آنکه به برگه‌های شما دست بزند.",
  "pane.template.insert": "درج الگو",
  "pane.links.title": "پیوند میان کدها",
  "pane.links.about":
    "فهرست کشویی کدهای والد روی ستون‌های کد والد؛ برداشتن آن، آنچه ستون‌ها داشتند را برمی‌گرداند.",
  "pane.links.enforce": "الزام پیوندها",
  "pane.links.remove": "برداشتن پیوندها",

  "notice.title.info": "راهبرد",
  "notice.title.error": "راهبرد نتوانست کار را تمام کند",
  "notice.close": "بستن",

  "error.unexpected": "خطایی رخ داد: {message}",
  "error.retry":
    "دوباره امتحان کنید. اگر باز هم نشد، کارپوشه را ذخیره کنید، ببندید و دوباره باز کنید و یک بار دیگر امتحان کنید.",

  "requirements.tooOld":
    "این نسخهٔ اکسل از ExcelApi {needed} که راهبرد به آن نیاز دارد پشتیبانی نمی‌کند. از اکسل ۲۰۱۹ یا تازه‌تر، مایکروسافت ۳۶۵ یا اکسل وب استفاده کنید.",
  "requirements.degraded": "در این نسخهٔ اکسل در دسترس نیست:",
  "requirements.feature": "{feature} (نیازمند ExcelApi {needed})",
  "feature.readingOrder": "متن راست‌به‌چپ در برگه‌هایی که راهبرد می‌نویسد",
  "feature.dataValidation": "فهرست‌های کشویی که پیوند کدها را الزامی می‌کنند",
  "feature.cultureInfo": "تنظیمات عدد و تاریخ خود اکسل",
  "feature.insertSheets": "الگو با برگه‌های راست‌به‌چپ",
  "feature.rangeAreas": "یک نشانه‌گذاری برای خانه‌های پراکندهٔ بسیار",
  "feature.mergedAreas": "خواندن عنوان‌های ادغام‌شده بالای سرستون‌های دوردیفه",

  "outside.title": "راهبرد را درون اکسل باز کنید",
  "outside.body":
    "این پنل راهبرد است و درون اکسل کار می‌کند، جایی که کارپوشهٔ شما را می‌خواند و بررسی می‌کند؛ در مرورگر معمولی کارپوشه‌ای برای خواندن نیست.",
  "outside.steps": "برای گشودن در اکسل",
  "outside.step.desktop":
    "اکسل ویندوز یا مک: \u2066Home ▸ Add-ins ▸ More Add-ins ▸ My Add-ins ▸ Upload My Add-in\u2069 (یا \u2066Shared Folder\u2069 سازمان)، سپس فایل manifest.xml راهبرد را برگزینید.",
  "outside.step.web":
    "اکسل وب: \u2066Home ▸ Add-ins ▸ More Add-ins ▸ Upload My Add-in\u2069، سپس manifest.xml را برگزینید.",
  "outside.step.ribbon":
    "سپس گروه راهبرد در زبانهٔ Home دیده می‌شود: «اعتبارسنجی سند» کارپوشه را بررسی می‌کند و «گشودن راهبرد» این پنل را نشان می‌دهد.",
  "outside.officeMissing":
    "کتابخانهٔ آفیس (office.js) از {source} بارگیری نشد. درون اکسل، این رایانه باید به آن دسترسی داشته باشد.",
  "outside.preview": "بخش‌های زیر پیش‌نمایش‌اند؛ اقدامات آن‌ها به کارپوشه نیاز دارد.",

  "links.alert.title": "کد {parent} نامعتبر",
  "links.alert.message":
    "{field} باید یکی از کدهای {parent} در برگهٔ «{sheet}» باشد. آن را از فهرست برگزینید.",

  "mapping.needsWorkbook":
    "نگاشت از کارپوشهٔ باز خوانده و در آن ذخیره می‌شود: برای دیدن آن، راهبرد را درون اکسل باز کنید.",
  "mapping.reading": "در حال خواندن برگه‌ها",
  "mapping.readAgain": "خواندن دوبارهٔ برگه‌ها",
  "mapping.source.stored":
    "این نگاشتی است که در این کارپوشه ذخیره شده است. «تشخیص دوباره» نگاشتی از برگه‌ها به شکل کنونی‌شان پیشنهاد می‌کند.",
  "mapping.source.detected":
    "راهبرد این برگه‌ها و ستون‌ها را تشخیص داد. آن‌ها را بررسی کنید، هرچه نادرست است را تغییر دهید و نگاشت را ذخیره کنید.",
  "mapping.source.unusable":
    "نگاشت ذخیره‌شده در این کارپوشه قابل استفاده نیست ({reason})، پس برگه‌ها دوباره تشخیص داده شدند. ذخیره پیش از جایگزین‌کردن آن می‌پرسد.",
  "mapping.detectAgain": "تشخیص دوباره",
  "mapping.sheets": "برگه‌ها",
  "mapping.sheet": "برگه",
  "mapping.role": "محتوا",
  "mapping.roleOf": "محتوای برگهٔ «{sheet}»",
  "mapping.role.none": "برگهٔ سند نیست",
  "mapping.certainty": "اطمینان",
  "mapping.certainty.detected": "اطمینان {percent}",
  "mapping.certainty.stored": "ذخیره‌شده",
  "mapping.certainty.chosen": "انتخاب شما",
  "mapping.columns": "ستون‌ها و نخستین ردیف‌ها",
  "mapping.sheetHeading": "برگهٔ «{sheet}»: {role}",
  "mapping.headerRow": "ردیف سرستون",
  "mapping.columnsOf": "ستون‌های «{sheet}»",
  "mapping.column": "ستون",
  "mapping.field": "خوانده‌شده به‌عنوان",
  "mapping.fieldOf": "فیلد ستون {column} ({header})",
  "mapping.field.none": "استفاده نمی‌شود",
  "mapping.wide": "{measure} در {when}",
  "mapping.wide.source": "{measure} در {when}، {source}",
  "mapping.period.quarter": "سه‌ماههٔ {n} {year}",
  "mapping.period.half": "نیمهٔ {n} {year}",
  "mapping.period.month": "ماه {n} {year}",
  "mapping.preview": "نخستین ردیف‌های «{sheet}»",
  "mapping.preview.empty":
    "چیزی برای نمایش نیست: ستونی خوانده نمی‌شود یا زیر ردیف سرستون ردیف داده‌ای نیست.",
  "mapping.row": "ردیف",
  "mapping.gap.title": "آنچه راهبرد لازم دارد و در نگاشت نیست",
  "mapping.gap.field": "برگهٔ {role} «{sheet}»: ستونی برای {fields} نیست.",
  "mapping.gap.either": "{first} یا {second}",
  "mapping.gap.sheetGone":
    "نگاشت ذخیره‌شده ردیف‌های {role} را از برگهٔ «{sheet}» می‌خواند که در این کارپوشه نیست.",
  "mapping.gap.nothingMapped":
    "هنوز هیچ برگه‌ای نگاشت نشده است: محتوای دست‌کم یک برگه را برگزینید.",
  "mapping.gap.none": "هر برگهٔ نگاشت‌شده ستون‌هایی را که راهبرد لازم دارد دارد.",
  "mapping.save": "ذخیرهٔ نگاشت",
  "mapping.saving": "در حال ذخیرهٔ نگاشت",
  "mapping.saved":
    "نگاشت در این کارپوشه ذخیره شد. «اعتبارسنجی سند»، داشبورد و خط فرمان راهبرد از این پس برگه‌ها را این‌گونه می‌خوانند.",
  "mapping.inTheWay": "نگاشتی که پیش‌تر در این کارپوشه ذخیره شده قابل استفاده نیست ({reason}).",
  "mapping.inTheWay.replace":
    "جایگزین‌کردن، آن را همراه با تنظیمات قاعده‌هایش حذف می‌کند و این نگاشت را به جایش ذخیره می‌کند. چیز دیگری در کارپوشه تغییر نمی‌کند.",
  "mapping.replace": "جایگزین شود",
  "mapping.keep": "نگه داشته شود",
  "mapping.kept": "چیزی ذخیره نشد: نگاشت ذخیره‌شده همان‌گونه که بود ماند.",

  "findings.none":
    "هنوز اعتبارسنجی نشده است. «اعتبارسنجی سند» برنامه را بررسی می‌کند و یافته‌هایش را اینجا فهرست می‌کند.",
  "findings.validateAgain": "اعتبارسنجی دوباره",
  "findings.severities": "نمایش یافته‌ها بر پایهٔ شدت",
  "findings.groupBy": "دسته‌بندی بر پایهٔ",
  "findings.groupBy.severity": "شدت",
  "findings.groupBy.rule": "قاعده",
  "findings.groupBy.district": "منطقه",
  "findings.group.noDistrict": "برنامهٔ بالادست و ردیف‌های بی‌منطقه",
  "findings.groupBy.sheet": "برگه",
  "findings.search": "جست‌وجو",
  "findings.search.placeholder": "شرح، کد، برگه یا خانه",
  "findings.shown": "نمایش {shown} یافته از {total}",
  "findings.group": "{name}: {count} یافته",
  "findings.goTo": "رفتن به {address}",
  "findings.why": "چرا",
  "findings.export.csv": "خروجی CSV",
  "findings.export.json": "خروجی JSON",
  "findings.highlight": "نشانه‌گذاری خانه‌ها در کارپوشه",
  "findings.highlighting": "در حال به‌روزرسانی نشانه‌ها…",
  "findings.highlight.done":
    "{cells} خانه رنگ شد: سرخ برای خطا، زرد برای هشدار، آبی برای یادداشت. خاموش‌کردن کلید فقط همین رنگ‌ها را برمی‌دارد.",
  "findings.highlight.missing": "این برگه‌ها دیگر در کارپوشه نیستند و رنگ نشدند: {sheets}.",
  "findings.navigating": "در حال رفتن به خانه…",
  "findings.sheetGone":
    "برگهٔ «{sheet}» دیگر در این کارپوشه نیست: پس از بررسی، نامش عوض شده یا حذف شده است. برای به‌روزکردن یافته‌ها دوباره اعتبارسنجی کنید.",
  "findings.noMatch": "هیچ یافته‌ای با شدت‌ها و جست‌وجوی برگزیده جور نیست.",
  "findings.clean": "یافته‌ای نیست: چیزی در سند ناسازگار نیست.",
  "screen.loading": "در حال گشودن…",

  "budget.needsWorkbook":
    "پیوند بودجه کارپوشهٔ باز را می‌خواند و در نگاشت آن ذخیره می‌کند: برای کار با آن، راهبرد را درون اکسل باز کنید.",
  "budget.reading": "در حال خواندن برگه‌ها",
  "budget.previewing": "در حال خواندن برگهٔ بودجه",
  "budget.source.stored": "این‌ها ستون‌های بودجه در نگاشت ذخیره‌شده در این کارپوشه است.",
  "budget.source.added":
    "نگاشت ذخیره‌شده در این کارپوشه هنوز بودجه را نمی‌خواند، پس این‌ها ستون‌هایی است که راهبرد شناخت. ذخیره، آن‌ها را به نگاشت می‌افزاید.",
  "budget.source.detected":
    "نگاشتی در این کارپوشه ذخیره نشده است، پس این‌ها ستون‌هایی است که راهبرد شناخت. ذخیره، نگاشت همهٔ برگه‌ها را همان‌گونه که شناخته شده‌اند با این ستون‌های بودجه ذخیره می‌کند: بقیه را در «نگاشت» بررسی کنید.",
  "budget.source.unusable":
    "نگاشت ذخیره‌شده در این کارپوشه به کار نمی‌آید ({reason})، پس ستون‌ها دوباره شناخته شدند. ذخیره پیش از جایگزین‌کردن آن می‌پرسد.",
  "budget.source.notFound":
    "راهبرد برگه‌ای از ردیف‌های بودجه نشناخت: برگه‌ای را که آن‌ها را دارد برگزینید.",
  "budget.sheet": "برگهٔ بودجه",
  "budget.sheet.choose": "برگه‌ای برگزینید",
  "budget.column.none": "هیچ‌کدام",
  "budget.column.initiative": "ستون کد اقدام",
  "budget.column.initiative.needed": "بی آن هیچ ردیف بودجه‌ای به اقدامی پیوند نمی‌خورد.",
  "budget.column.source": "ستون منبع تأمین (اختیاری)",
  "budget.column.kind": "ستون هزینه یا درآمد (اختیاری)",
  "budget.column.year": "ستون سال",
  "budget.column.approved": "ستون اعتبار مصوب",
  "budget.column.spent": "ستون مبلغ هزینه‌شده",
  "budget.layout": "چیدمان",
  "budget.layout.long": "بلند: هر سال یک ردیف، با یک ستون سال و ستون‌های مبلغ",
  "budget.layout.wide": "پهن: برای هر سال و هر مبلغ یک ستون",
  "budget.amounts": "ستون‌های مبلغ",
  "budget.amounts.column": "ستون",
  "budget.amounts.measure": "محتوا",
  "budget.amounts.year": "سال",
  "budget.amounts.source": "منبع تأمین",
  "budget.amounts.measureOf": "محتوای ستون {column} ({header})",
  "budget.amounts.yearOf": "سال ستون {column} ({header})",
  "budget.amounts.sourceOf": "منبع تأمین ستون {column} ({header})",
  "budget.measure.none": "خوانده نشود",
  "budget.preview": "اعتبار به تفکیک اقدام",
  "budget.preview.total": "همهٔ ردیف‌های هزینه‌ای",
  "budget.preview.more": "…و {count} اقدام دیگر.",
  "budget.preview.noInitiatives":
    "برگهٔ اقدامات نگاشت نشده است، پس چیزی به تفکیک اقدام جمع نمی‌شود: آن را در «نگاشت» مشخص کنید.",
  "budget.unlinked": "ردیف‌های بودجه‌ای که به هیچ اقدامی پیوند ندارند: {count}",
  "budget.unlinked.none": "همهٔ ردیف‌های بودجه به اقدامی از سند اشاره می‌کنند.",
  "budget.unlinked.cell": "خانه",
  "budget.unlinked.code": "کد اقدام",
  "budget.unlinked.why": "چرا",
  "budget.unlinked.noCode": "(خالی)",
  "budget.unlinked.more": "…و {count} ردیف دیگر.",
  "nav.review": "بازبینی",
  "screen.review.intro":
    "وضع سند را در هر تاریخ بازبینی درون همین کارپوشه نگه دارید و سپس ببینید از آن پس چه تغییر کرده است.",
  "review.sheet": "تغییرات راهبرد",
  "review.column.entity": "موضوع",
  "review.column.code": "کد",
  "review.column.change": "تغییر",
  "review.column.before": "پیش از تغییر",
  "review.column.after": "پس از تغییر",
  "review.column.justification": "توجیه تغییر",
  "review.column.location": "پیوند",
  "review.change.added": "افزوده شد",
  "review.change.removed": "حذف شد",
  "review.change.retitled": "عنوانش تغییر کرد",
  "review.change.reparented": "بالادستش تغییر کرد",
  "review.change.target": "مقدار هدفش تغییر کرد",
  "review.change.approved": "اعتبار مصوبش تغییر کرد",
  "review.change.spent": "هزینه‌کردش تغییر کرد",
  "review.group.policy": "سیاست‌ها",
  "review.group.goal": "اهداف",
  "review.group.initiative": "اقدامات",
  "review.group.kpi": "شاخص‌ها",
  "review.report.since": "تغییرات از «{label}»، بازبینی {date}",
  "review.report.comparedAt": "زمان مقایسه",
  "review.report.none": "تغییری نیست.",
  "review.snapshot.title": "ثبت وضع کنونی",
  "review.snapshot.about":
    "کدها، عنوان‌ها، بالادست‌ها، مقادیر هدف شاخص‌ها و اعتبارات سند را همان‌گونه که اکنون هست درون این کارپوشه نگه می‌دارد تا در بازبینی بعد با آن مقایسه شود.",
  "review.snapshot.label": "عنوان",
  "review.snapshot.labelPlaceholder": "بازبینی میان‌سال",
  "review.snapshot.date": "تاریخ بازبینی",
  "review.snapshot.dateHint": "مانند ۱۴۰۵/۰۱/۰۱ یا 2026-03-21.",
  "review.snapshot.badDate": "«{text}» تاریخ نیست: روز کامل را بنویسید، مانند ۱۴۰۵/۰۱/۰۱.",
  "review.snapshot.take": "ثبت",
  "review.snapshot.taken": "وضع سند با عنوان «{label}» در کارپوشه ثبت شد ({size}).",
  "review.snapshot.tooLarge":
    "سند برای ثبت بزرگ‌تر از اندازهٔ مجاز است: {size}، بیش از {limit} که یک بخش کارپوشه می‌پذیرد.",
  "review.list.title": "وضع‌های ثبت‌شده در این کارپوشه",
  "review.list.about": "یکی را برای مقایسه با سند کنونی برگزینید.",
  "review.list.empty": "هنوز وضعی در این کارپوشه ثبت نشده است.",
  "review.list.read": "خواندن وضع‌های ثبت‌شده",
  "review.list.reading": "در حال خواندن وضع‌های ثبت‌شده",
  "review.list.taken": "ثبت‌شده در {when}",
  "review.list.compressed": "{size}، فشرده",
  "review.list.unreadable": "خوانده نمی‌شود: {reason}",
  "review.list.newer":
    "نسخهٔ تازه‌تری از راهبرد آن را ثبت کرده است (قالب {version}): راهبرد را به‌روز کنید.",
  "review.list.untitled": "(بی‌عنوان)",
  "review.list.delete": "حذف",
  "review.list.deleteLabel": "حذف وضع ثبت‌شدهٔ «{label}»",
  "review.list.deleted": "وضع ثبت‌شدهٔ «{label}» حذف شد.",
  "review.list.gone": "این وضع ثبت‌شده دیگر در کارپوشه نیست.",
  "review.compare.title": "مقایسه",
  "review.compare.choose": "وضع ثبت‌شده برای مقایسه",
  "review.compare.run": "مقایسه با سند کنونی",
  "review.compare.none": "از «{label}» تاکنون چیزی تغییر نکرده است.",
  "review.compare.found": "تغییرات از «{label}» تاکنون: {count}.",
  "review.compare.unreadable": "وضع ثبت‌شدهٔ «{label}» خوانده نمی‌شود: {reason}",
  "review.compare.write": "نوشتن گزارش تغییرات",
  "review.compare.written":
    "گزارش تغییرات در برگهٔ «{sheet}» است؛ {kept} توجیهی که پیش‌تر آن‌جا نوشته شده بود نگه داشته شد.",
  "review.size.kb": "{size} کیلوبایت",
  "review.list.confirm": "حذف برای همیشه",
  "review.list.keep": "نگه داشتن",
  "review.compare.more": "…و {count} تغییر دیگر؛ گزارش تغییرات همه را فهرست می‌کند.",
  "nav.parent": "برنامهٔ بالادستی",
  "screen.parent.intro":
    "برنامهٔ سطح بالاتر را وارد کنید — برنامهٔ شهر برای یک معاونت، برنامهٔ معاونت برای یک منطقه — تا اهداف، شاخص‌ها و بودجه با سیاست‌ها، اهداف و مقادیر هدف آن سنجیده شوند.",
  "parent.current.title": "برنامهٔ بالادستی واردشده",
  "parent.current.none":
    "هیچ برنامهٔ بالادستی در این کارپوشه وارد نشده است: کدهای اهداف و شاخص‌های بالادست ناشناخته گزارش می‌شوند.",
  "parent.current.reading": "در حال خواندن برنامهٔ واردشده",
  "parent.current.file": "پرونده",
  "parent.current.importedAt": "زمان ورود",
  "parent.current.hash": "اثر SHA-256",
  "parent.current.sheet": "در برگهٔ محافظت‌شدهٔ «{sheet}» نگه داشته می‌شود.",
  "parent.current.unprotected":
    "برگهٔ «{sheet}» دیگر محافظت‌شده نیست: برای بازگرداندن آن به حالت پیشین، برنامه را دوباره وارد کنید.",
  "parent.counts": "{policies} سیاست، {goals} هدف، {kpis} شاخص",
  "parent.pick.title": "ورود برنامهٔ بالادستی",
  "parent.pick.about":
    "کارپوشهٔ برنامهٔ بالادستی (.xlsx) را برگزینید. همین‌جا در پنل خوانده می‌شود: پرونده نه تغییر می‌کند و نه جایی فرستاده می‌شود.",
  "parent.pick.button": "انتخاب کارپوشه…",
  "parent.pick.reading": "در حال خواندن {file}",
  "parent.mapping.stored": "با نگاشت ذخیره‌شده در {file} خوانده شد.",
  "parent.mapping.detected": "برگه‌های {file} از روی سرستون‌هایشان شناخته شدند.",
  "parent.mapping.storedUnusable":
    "نگاشت ذخیره‌شده در {file} قابل استفاده نیست ({reason}): برگه‌هایش از روی سرستون‌ها شناخته شدند.",
  "parent.mapping.uncertain":
    "راهبرد دربارهٔ برخی برگه‌هایی که در {file} شناخت مطمئن نیست: شمارش‌ها را بررسی کنید، یا نخست آن کارپوشه را باز کنید، نگاشتش را با راهبرد تأیید و ذخیره کنید.",
  "parent.missing.goals": "در {file} هیچ هدفی پیدا نشد.",
  "parent.missing.kpis": "در {file} هیچ شاخصی پیدا نشد.",
  "parent.nothing":
    "{file} هیچ سیاست، هدف یا شاخصی ندارد که راهبرد بتواند بخواند: چیزی برای وارد کردن نیست.",
  "parent.preview.title": "پیش از ورود",
  "parent.preview.counts": "{file} شامل {counts} است.",
  "parent.preview.same":
    "این همان پروندهٔ دفعهٔ پیش است (همان اثر SHA-256): چیزی در برنامهٔ بالادستی تغییر نکرده است.",
  "parent.preview.changes": "{count} تغییر در برنامهٔ بالادستی از ورود {date} تاکنون:",
  "parent.preview.unchanged":
    "پرونده با دفعهٔ پیش فرق دارد، ولی سیاست‌ها، اهداف و شاخص‌هایش همان است که بود.",
  "parent.import": "ورود",
  "parent.importing": "در حال ورود برنامهٔ بالادستی",
  "parent.imported": "برنامهٔ بالادستی در برگهٔ محافظت‌شدهٔ «{sheet}» است: {rows} سیاست، هدف و شاخص.",
  "parent.revalidated": "سند دوباره با آن اعتبارسنجی شد: «یافته‌ها» را ببینید.",
  "parent.remove": "حذف برنامهٔ بالادستی",
  "parent.remove.about":
    "برگهٔ «{sheet}» را حذف می‌کند: از آن پس سند با برنامهٔ بالادستی سنجیده نمی‌شود. برگه‌های خود شما دست نمی‌خورند.",
  "parent.removing": "در حال حذف برنامهٔ بالادستی",
  "parent.locked":
    "برگهٔ «{sheet}» با گذرواژهٔ خودتان محافظت شده است، پس راهبرد آن را دست نزد. محافظت آن را بردارید (\u2066Review ▸ Unprotect Sheet\u2069) و دوباره وارد کنید.",
  "parent.removed": "برگهٔ «{sheet}» حذف شد.",
  "parent.removed.none": "برنامهٔ بالادستی‌ای برای حذف نبود.",
  "parent.problem.empty": "{file} خالی است (۰ بایت).",
  "parent.problem.encrypted":
    "{file} با گذرواژه محافظت شده است. آن را در اکسل باز کنید، گذرواژه را بردارید، ذخیره کنید و دوباره برگزینید.",
  "parent.problem.legacyXls":
    "{file} کارپوشهٔ اکسل ۹۷–۲۰۰۳ (.xls) است. آن را در اکسل با قالب .xlsx ذخیره کنید و دوباره برگزینید.",
  "parent.problem.text": "{file} متن است، نه کارپوشهٔ .xlsx (شاید پروندهٔ CSV با نام دیگر).",
  "parent.problem.unknownBytes": "{file} کارپوشهٔ .xlsx نیست.",
  "parent.problem.notWorkbookZip": "{file} بایگانی zip است ولی کارپوشهٔ اکسل نیست.",
  "parent.problem.damaged": "{file} کارپوشهٔ .xlsx آسیب‌دیده است: {reason}",
  "parent.problem.noSheets": "{file} هیچ کاربرگی ندارد.",
  "parent.problem.noData": "کاربرگ‌های {file} هیچ داده‌ای ندارند.",
  "parent.problem.unreadable": "{file} خوانده نمی‌شود: {reason}",
};
