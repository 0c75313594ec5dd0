import { cellAddress } from "../../core/snapshot/address";
import type { SimRequestContext } from "../request-context";
import type { ModelChange } from "../workbook-model";

/** What a WorksheetCollection.onChanged handler receives (Excel.WorksheetChangedEventArgs, in part). */
export interface SimChangedEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
}

/** OfficeExtension.EventHandlerResult: removing the handler takes effect at the next sync. */
export interface SimEventHandlerResult {
  context: SimRequestContext;
  remove(): void;
}

const addressOf = ({ area }: ModelChange) => {
  const start = cellAddress(area.top, area.left);
  const end = cellAddress(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
};

/**
 * WorksheetCollection.onChanged (ExcelApi 1.7): a handler added takes effect at the sync, and
 * hears every edit to cells afterwards — the add-in's own writes too, as in Excel — delivered
 * after the edit's batch, never inside it.
 */
export function changedEvent(context: SimRequestContext) {
  return {
    add(handler: (event: SimChangedEvent) => Promise<unknown>): SimEventHandlerResult {
      const listener = (change: ModelChange) => {
        const event: SimChangedEvent = {
          type: "WorksheetChanged",
          worksheetId: change.sheet.id,
          address: addressOf(change),
          changeType: "RangeEdited",
          source: "Local",
        };
        setTimeout(() => void handler(event));
      };
      context.enqueueWrite({ addHandler: "onChanged" }, () =>
        context.model.changeListeners.add(listener)
      );
      return {
        context,
        remove: () =>
          context.enqueueWrite({ removeHandler: "onChanged" }, () =>
            context.model.changeListeners.delete(listener)
          ),
      };
    },
  };
}
