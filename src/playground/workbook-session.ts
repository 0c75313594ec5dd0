import { supportReport } from "../excel/requirements";
import { simulatedWorkbook } from "../simulator/workbook-access";
import type { ModelSheet, ModelWorkbook } from "../simulator/workbook-model";
import type { PaneHost } from "../taskpane/pane-host";

/**
 * An open workbook: the pane's host over it, and the sheet the grid shows. After every batch the
 * pane runs, the view is told to redraw (a store for React's useSyncExternalStore).
 */
let opened = 0;

export class WorkbookSession {
  /** Tells sessions apart: a workbook opened gets a pane of its own, as in Excel. */
  readonly id = ++opened;
  readonly host: PaneHost;
  private revisionNumber = 0;
  private readonly listeners = new Set<() => void>();
  private picked?: ModelSheet;
  private seen: Pick<ModelWorkbook, "active" | "selection">;

  constructor(
    readonly model: ModelWorkbook,
    readonly fileName: string
  ) {
    this.seen = { active: model.active, selection: model.selection };
    this.host = {
      kind: "excel",
      // The simulator has every feature the pane asks for.
      support: supportReport(() => true),
      workbook: simulatedWorkbook(model, () => this.afterBatch()),
    };
  }

  /** The sheet in view: the one last picked or activated, else the first visible one. */
  get shown(): ModelSheet | undefined {
    const { sheets, active } = this.model;
    if (this.picked && sheets.includes(this.picked)) return this.picked;
    if (active && sheets.includes(active)) return active;
    return sheets.find((s) => s.visibility === "Visible") ?? sheets[0];
  }

  /** A click on a sheet's tab: it shows that sheet (the workbook's active sheet is the pane's). */
  show(sheet: ModelSheet): void {
    this.picked = sheet;
    this.notify();
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Changes with every redraw, so React knows when to draw the workbook again. */
  readonly revision = () => this.revisionNumber;

  /** A sheet the batch activated or selected in comes into view, as Excel switches to it. */
  private afterBatch(): void {
    const { active, selection } = this.model;
    if (selection !== this.seen.selection) this.picked = selection?.sheet;
    else if (active !== this.seen.active) this.picked = active;
    this.seen = { active, selection };
    this.notify();
  }

  private notify(): void {
    this.revisionNumber++;
    for (const listener of this.listeners) listener();
  }
}
