import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import {
  LONG_FIELDS,
  type AmountColumn,
  type BudgetDraft,
  type BudgetField,
  type BudgetLayout,
} from "../../../core/mapping/budget-columns";
import { useI18n } from "../../i18n-context";
import { AmountTable } from "./AmountTable";
import { ColumnChoice } from "./ColumnChoice";

const LAYOUTS: readonly BudgetLayout[] = ["long", "wide"];

/**
 * Which columns of the budget sheet hold what: the initiative code, the layout (long: year and
 * amount columns; wide: a column per year and amount), the funding source and kind of each line.
 */
export function BudgetColumns(props: {
  draft: BudgetDraft;
  edit(change: (draft: BudgetDraft) => BudgetDraft): void;
}) {
  const { i18n } = useI18n();
  const { draft, edit } = props;
  const column = (field: BudgetField, extra: { required?: boolean; whenNone?: string } = {}) => (
    <ColumnChoice
      key={field}
      label={i18n.t(`budget.column.${field}`)}
      headers={draft.headers}
      value={draft.fields[field]}
      onChange={(col) => edit((d) => ({ ...d, fields: { ...d.fields, [field]: col } }))}
      {...extra}
    />
  );
  const changeAmount = (col: number, change: Partial<AmountColumn>) =>
    edit((d) => ({
      ...d,
      amounts: d.amounts.map((a) => (a.col === col ? { ...a, ...change } : a)),
    }));
  return (
    <>
      {column("initiative", {
        required: true,
        whenNone: i18n.t("budget.column.initiative.needed"),
      })}
      <Field label={i18n.t("budget.layout")}>
        <RadioGroup
          value={draft.layout}
          onChange={(_, d) => edit((x) => ({ ...x, layout: d.value as BudgetLayout }))}
        >
          {LAYOUTS.map((layout) => (
            <Radio key={layout} value={layout} label={i18n.t(`budget.layout.${layout}`)} />
          ))}
        </RadioGroup>
      </Field>
      {draft.layout === "long" ? (
        LONG_FIELDS.map((field) => column(field))
      ) : (
        <AmountTable draft={draft} onChange={changeAmount} />
      )}
      {column("source")}
      {column("kind")}
    </>
  );
}
