import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { HeaderColumn } from "../../../core/mapping/header-columns";
import { useI18n } from "../../i18n-context";

const NONE = "none";

/** A header column as a choice names it: its header and its letter. */
const columnName = (h: HeaderColumn) => `${h.caption} (${h.letter})`;

/** Which column of the header row holds a field: a dropdown of the headers, or none. */
export function ColumnChoice(props: {
  label: string;
  headers: readonly HeaderColumn[];
  value?: number;
  required?: boolean;
  /** Said under the dropdown when no column is chosen. */
  whenNone?: string;
  onChange(col: number | undefined): void;
}) {
  const { i18n } = useI18n();
  const chosen = props.headers.find((h) => h.col === props.value);
  const none = i18n.t("budget.column.none");
  return (
    <Field
      label={props.label}
      required={props.required}
      validationState={!chosen && props.whenNone ? "warning" : "none"}
      validationMessage={!chosen ? props.whenNone : undefined}
    >
      <Dropdown
        value={chosen ? columnName(chosen) : none}
        selectedOptions={[chosen ? String(chosen.col) : NONE]}
        onOptionSelect={(_, d) =>
          props.onChange(d.optionValue === NONE ? undefined : Number(d.optionValue))
        }
      >
        <Option value={NONE}>{none}</Option>
        {props.headers.map((h) => (
          <Option key={h.col} value={String(h.col)}>
            {columnName(h)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
