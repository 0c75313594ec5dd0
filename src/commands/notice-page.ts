import { isRightToLeft } from "../core/i18n";
import { noticeFromUrl } from "./notice";

/** Fills notice.html from its address; built with the DOM (textContent), never innerHTML. */
export function renderNoticePage(doc: Document, href: string, close: () => void): void {
  const notice = noticeFromUrl(href) ?? {
    kind: "error" as const,
    lang: "en" as const,
    title: "Rahbord",
    lines: ["This notice could not be read. / این پیام خوانا نیست."],
    closeLabel: "OK",
  };
  doc.documentElement.lang = notice.lang;
  doc.documentElement.dir = isRightToLeft(notice.lang) ? "rtl" : "ltr";
  doc.title = notice.title;
  const main = doc.createElement("main");
  main.className = `notice notice-${notice.kind}`;
  const heading = doc.createElement("h1");
  heading.textContent = notice.title;
  main.append(heading);
  for (const line of notice.lines) {
    const p = doc.createElement("p");
    p.textContent = line;
    main.append(p);
  }
  const button = doc.createElement("button");
  button.type = "button";
  button.textContent = notice.closeLabel;
  button.addEventListener("click", close);
  main.append(button);
  doc.body.replaceChildren(main);
  button.focus();
}
