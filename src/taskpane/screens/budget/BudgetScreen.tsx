import { Dropdown, Field, MessageBar, MessageBarBody, Option } from "@fluentui/react-components";
import type { Translator } from "../../../core/i18n";
import { useI18n } from "../../i18n-context";
import { OperationStatus } from "../../operations/OperationStatus";
import type { PaneHost } from "../../pane-host";
import { SaveMapping } from "../mapping/SaveMapping";
import type { ExcelHost } from "../mapping/use-mapping-wizard";
import { ScreenLayout } from "../ScreenLayout";
import type { BudgetInput } from "./budget-input";
import { BudgetColumns } from "./BudgetColumns";
import { BudgetPreview } from "./BudgetPreview";
import { useBudgetLinking } from "./use-budget-linking";

/** Where the budget columns on screen came from, and what saving them does. */
function sourceNote({ stored, budget }: BudgetInput, i18n: Translator) {
  if (!budget) return { intent: "warning" as const, text: i18n.t("budget.source.notFound") };
  if (stored.kind === "ok")
    return {
      intent: "info" as const,
      text: i18n.t(stored.mapping.roles.budget ? "budget.source.stored" : "budget.source.added"),
    };
  if (stored.kind === "none")
    return { intent: "info" as const, text: i18n.t("budget.source.detected") };
  return {
    intent: "warning" as const,
    text: i18n.t("budget.source.unusable", { reason: i18n.t(`validate.mapping.${stored.kind}`) }),
  };
}

function BudgetLinking({ host }: { host: ExcelHost }) {
  const { i18n } = useI18n();
  const linking = useBudgetLinking(host);
  const { input, draft, mapping, snapshot } = linking;
  const note = input && sourceNote(input, i18n);
  return (
    <>
      <OperationStatus
        state={linking.loading.state}
        label={i18n.t("budget.reading")}
        onCancel={linking.loading.cancel}
      />
      {note && (
        <MessageBar intent={note.intent} layout="multiline">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      {input && (
        <Field label={i18n.t("budget.sheet")} required>
          <Dropdown
            placeholder={i18n.t("budget.sheet.choose")}
            value={draft?.sheet ?? ""}
            selectedOptions={draft ? [draft.sheet] : []}
            onOptionSelect={(_, d) => d.optionValue && linking.chooseSheet(d.optionValue)}
          >
            {[...input.sheets.keys()].map((sheet) => (
              <Option key={sheet} value={sheet}>
                {sheet}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {draft && <BudgetColumns draft={draft} edit={linking.edit} />}
      <OperationStatus
        state={linking.reading.state}
        label={i18n.t("budget.previewing")}
        onCancel={linking.reading.cancel}
      />
      {snapshot && mapping && <BudgetPreview snapshot={snapshot} mapping={mapping} />}
      {mapping && (
        <SaveMapping workbook={host.workbook} mapping={mapping} onSaved={linking.saved} />
      )}
    </>
  );
}

/**
 * Budget linking, for finance: the budget sheet, its initiative-code column and its amount columns
 * (long or wide, by year and source); a preview of the roll-up per initiative and of the lines that
 * link to nothing; Save into the workbook's mapping.
 */
export function BudgetScreen({ host }: { host: PaneHost }) {
  const { i18n } = useI18n();
  return (
    <ScreenLayout title={i18n.t("nav.budget")} intro={i18n.t("screen.budget.intro")}>
      {host.kind === "excel" && host.support.runs ? (
        <BudgetLinking host={host} />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{i18n.t("budget.needsWorkbook")}</MessageBarBody>
        </MessageBar>
      )}
    </ScreenLayout>
  );
}
