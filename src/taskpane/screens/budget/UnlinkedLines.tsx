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
import type { Finding } from "../../../core/findings";
import { useI18n } from "../../i18n-context";

/** Rows a preview list shows; the rest are counted. */
export const PREVIEW_ROWS = 50;

/** The budget lines that link to no initiative: their cell, the code they name, and why. */
export function UnlinkedLines({ findings }: { findings: readonly Finding[] }) {
  const { i18n } = useI18n();
  const title = i18n.t("budget.unlinked", { count: findings.length });
  if (findings.length === 0)
    return (
      <MessageBar intent="success">
        <MessageBarBody>{i18n.t("budget.unlinked.none")}</MessageBarBody>
      </MessageBar>
    );
  const more = findings.length - PREVIEW_ROWS;
  return (
    <>
      <Subtitle2 as="h3">{title}</Subtitle2>
      <Table size="small" aria-label={title}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{i18n.t("budget.unlinked.cell")}</TableHeaderCell>
            <TableHeaderCell>{i18n.t("budget.unlinked.code")}</TableHeaderCell>
            <TableHeaderCell>{i18n.t("budget.unlinked.why")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {findings.slice(0, PREVIEW_ROWS).map((f) => (
            <TableRow key={`${f.cell}|${f.rule}`}>
              <TableCell>
                <span dir="ltr">{f.cell}</span>
              </TableCell>
              <TableCell>
                <span dir="auto">{f.id ?? i18n.t("budget.unlinked.noCode")}</span>
              </TableCell>
              <TableCell>{f.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {more > 0 && <Caption1>{i18n.t("budget.unlinked.more", { count: more })}</Caption1>}
    </>
  );
}
