import {
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useDeferredValue, useMemo } from "react";
import { capitalised } from "../../../core/i18n";
import { fieldLabel } from "../../../core/mapping/labels";
import type { MappingDocument } from "../../../core/mapping/mapping-document";
import { budgetPreview } from "../../../core/rollups/budget-preview";
import type { Money } from "../../../core/rollups/compute-rollups";
import type { WorkbookSnapshot } from "../../../core/snapshot/workbook-snapshot";
import { useI18n } from "../../i18n-context";
import { PREVIEW_ROWS, UnlinkedLines } from "./UnlinkedLines";

/** Approved and spent, in the reader's digits. */
function Amounts({ money }: { money: Money }) {
  const { i18n } = useI18n();
  const number = (n: number) => i18n.number(n, { maximumFractionDigits: 2 });
  return (
    <>
      <TableCell>{number(money.approved)}</TableCell>
      <TableCell>{number(money.spent)}</TableCell>
    </>
  );
}

/**
 * What the engine makes of the budget under the mapping on screen: approved and spent per
 * initiative (the first rows, and how many more), the total, and the lines that link to nothing.
 */
export function BudgetPreview(props: { snapshot: WorkbookSnapshot; mapping: MappingDocument }) {
  const { i18n } = useI18n();
  const lang = i18n.prefs.lang;
  // Typing a source or a year redraws the form at once and the preview when React has time.
  const mapping = useDeferredValue(props.mapping);
  const preview = useMemo(
    () => budgetPreview(props.snapshot, mapping, lang),
    [props.snapshot, mapping, lang]
  );
  const label = (field: string) => capitalised(fieldLabel("budget", field, lang));
  const more = preview.initiatives.length - PREVIEW_ROWS;
  return (
    <>
      <Subtitle2 as="h3">{i18n.t("budget.preview")}</Subtitle2>
      {!preview.initiativesMapped && (
        <MessageBar intent="info">
          <MessageBarBody>{i18n.t("budget.preview.noInitiatives")}</MessageBarBody>
        </MessageBar>
      )}
      <Table size="small" aria-label={i18n.t("budget.preview")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{label("initiative")}</TableHeaderCell>
            <TableHeaderCell>{label("approved")}</TableHeaderCell>
            <TableHeaderCell>{label("spent")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.initiatives.slice(0, PREVIEW_ROWS).map((initiative, i) => (
            <TableRow key={i}>
              <TableCell title={initiative.title}>
                <span dir="auto">{initiative.code}</span>
              </TableCell>
              <Amounts money={initiative.budget} />
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell>{i18n.t("budget.preview.total")}</TableHeaderCell>
            <Amounts money={preview.total} />
          </TableRow>
        </TableBody>
      </Table>
      {more > 0 && <Caption1>{i18n.t("budget.preview.more", { count: more })}</Caption1>}
      <UnlinkedLines findings={preview.unlinked} />
    </>
  );
}
