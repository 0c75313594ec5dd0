import { SimRequestContext } from "./request-context";
import type { ModelWorkbook } from "./workbook-model";

/**
 * The simulator as the pane's workbook (its WorkbookAccess): each batch gets a fresh request
 * context, as Excel.run gives one; `afterRun` lets a view redraw what the batch changed.
 */
export function simulatedWorkbook(model: ModelWorkbook, afterRun?: () => void) {
  return {
    run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new SimRequestContext(model) as unknown as Excel.RequestContext;
      return batch(context).finally(() => afterRun?.());
    },
  };
}
