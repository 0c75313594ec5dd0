import {
  decodeStoredLinks,
  encodeStoredLinks,
  LINKS_NAMESPACE,
  type LinksState,
} from "../../../src/core/links/stored-links";

const alert = {
  showAlert: true,
  style: "Stop",
  title: "Not a goal code",
  message: "Pick a <goal> & go",
};
const state: LinksState = {
  columns: [
    {
      role: "initiative",
      field: "goal",
      sheet: "اقدامات",
      column: 4,
      errorAlert: alert,
      pieces: [
        { top: 5, bottom: 513, previous: null },
        {
          top: 514,
          bottom: 520,
          previous: {
            rule: { textLength: { formula1: "2", operator: "GreaterThan" } },
            ignoreBlanks: false,
            prompt: { showPrompt: true, title: "کد", message: "" },
            errorAlert: { ...alert, style: "Warning" },
          },
        },
      ],
    },
  ],
};

const escaped = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const part = (links: string, version = 1) =>
  `<rahbord xmlns="${LINKS_NAMESPACE}" version="${version}"><links>${escaped(links)}</links></rahbord>`;

describe("the links part", () => {
  test("what is saved reads back exactly, markup in the texts included", () => {
    const xml = encodeStoredLinks(state);
    expect(xml).toContain(`xmlns="${LINKS_NAMESPACE}"`);
    expect(decodeStoredLinks(xml)).toEqual({ kind: "ok", value: state });
  });

  test.each([
    ["not XML", "{", /not a Rahbord links record part/],
    ["the mapping's part", '<rahbord xmlns="urn:rahbord:mapping" version="1"/>', /not a Rahbord/],
    ["broken JSON", part('{"columns":'), /links record is not JSON/],
    ["no columns", part("{}"), /columns/],
    [
      "a saved rule of two kinds",
      part(
        JSON.stringify({
          columns: [
            {
              ...state.columns[0],
              pieces: [
                {
                  top: 1,
                  bottom: 2,
                  previous: {
                    ...state.columns[0].pieces[1].previous,
                    rule: { list: {}, custom: {} },
                  },
                },
              ],
            },
          ],
        })
      ),
      /rule/,
    ],
    [
      "a column without pieces",
      part(JSON.stringify({ columns: [{ ...state.columns[0], pieces: [] }] })),
      /pieces/,
    ],
  ])("%s is reported as corrupt, with the reason", (_, xml, reason) => {
    const read = decodeStoredLinks(xml);
    expect(read.kind).toBe("corrupt");
    expect(read.kind === "corrupt" && read.reason).toMatch(reason);
  });

  test("a part from a newer Rahbord is left alone", () => {
    expect(decodeStoredLinks(part("{}", 2))).toEqual({ kind: "newer", version: 2 });
  });
});
