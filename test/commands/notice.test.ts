/**
 * @jest-environment jsdom
 */
import { noticeFromUrl, noticeUrl, type Notice } from "../../src/commands/notice";
import { renderNoticePage } from "../../src/commands/notice-page";

const persian: Notice = {
  kind: "info",
  lang: "fa",
  title: "راهبرد",
  lines: ["۳ برگه، ۲ برگهٔ دارای داده", '<img src=x onerror="alert(1)">'],
  closeLabel: "بستن",
};

test("a notice travels through the dialog's address intact", () => {
  expect(noticeFromUrl(noticeUrl("https://host/app/notice.html", persian))).toEqual(persian);
});

test.each([
  ["no notice", "https://host/notice.html"],
  ["damaged JSON", "https://host/notice.html?notice=%7Boops"],
  ["no lines", `https://host/notice.html?notice=${encodeURIComponent('{"title":"x"}')}`],
])("%s reads as none", (_, url) => {
  expect(noticeFromUrl(url)).toBeUndefined();
});

test("the page shows the notice right-to-left, as text, and Close closes", () => {
  const close = jest.fn();
  renderNoticePage(document, noticeUrl("https://host/notice.html", persian), close);
  expect(document.documentElement.dir).toBe("rtl");
  expect(document.documentElement.lang).toBe("fa");
  expect(document.querySelector("h1")?.textContent).toBe("راهبرد");
  const paragraphs = [...document.querySelectorAll("p")].map((p) => p.textContent);
  expect(paragraphs).toEqual(persian.lines);
  expect(document.querySelector("img")).toBeNull();
  const button = document.querySelector("button");
  expect(button?.textContent).toBe("بستن");
  expect(document.activeElement).toBe(button);
  button?.click();
  expect(close).toHaveBeenCalledTimes(1);
});

test("a damaged address still gives a readable page", () => {
  renderNoticePage(document, "https://host/notice.html?notice=%7B", jest.fn());
  expect(document.documentElement.dir).toBe("ltr");
  expect(document.querySelector("p")?.textContent).toMatch(/could not be read/);
});
