import { detectHost } from "../../src/taskpane/detect-host";

const office = (onReady: () => Promise<unknown>) => ({
  onReady,
  HostType: { Excel: "Excel" },
  context: { requirements: { isSetSupported: () => true } },
});

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test("no office.js at all: outside Office, library missing", async () => {
  expect(await detectHost()).toEqual({ kind: "outside", officeLoaded: false });
});

test("a plain browser (Office.onReady gives no host): outside Office, library loaded", async () => {
  Object.assign(globalThis, { Office: office(async () => ({ host: null, platform: null })) });
  expect(await detectHost()).toEqual({ kind: "outside", officeLoaded: true });
});

test("an Office.onReady that never settles does not leave the pane blank", async () => {
  Object.assign(globalThis, { Office: office(() => new Promise(() => undefined)) });
  expect(await detectHost(20)).toEqual({ kind: "outside", officeLoaded: true });
});

test("inside Excel: the workbook and what this Excel supports", async () => {
  Object.assign(globalThis, { Office: office(async () => ({ host: "Excel", platform: "PC" })) });
  const host = await detectHost();
  expect(host.kind).toBe("excel");
  expect(host.kind === "excel" && host.support).toEqual({ runs: true, missing: [] });
});
