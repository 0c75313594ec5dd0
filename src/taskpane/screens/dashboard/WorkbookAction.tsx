import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { OutcomeMessage } from "../../../excel/outcome-messages";
import { OperationStatus } from "../../operations/OperationStatus";
import { OutcomeBar } from "../../operations/OutcomeBar";
import { useOperation, type OperationControl } from "../../operations/use-operation";

const useStyles = makeStyles({
  action: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  about: { color: tokens.colorNeutralForeground2 },
});

export interface ActionButton {
  label: string;
  icon: ReactElement;
  primary?: boolean;
  run(control: OperationControl): Promise<OutcomeMessage>;
}

/**
 * One thing the pane does to the workbook — build the dashboard, insert the template, enforce
 * links — with its buttons, its progress (after 300 ms, with Cancel) and what came of it.
 */
export function WorkbookAction(props: {
  title: string;
  about: string;
  buttons: ActionButton[];
  disabled: boolean;
}) {
  const styles = useStyles();
  const operation = useOperation<OutcomeMessage>();
  const running = operation.state.status === "running";
  return (
    <section className={styles.action} aria-label={props.title}>
      <Subtitle2 as="h3">{props.title}</Subtitle2>
      <Caption1 className={styles.about}>{props.about}</Caption1>
      <div className={styles.buttons}>
        {props.buttons.map((b) => (
          <Button
            key={b.label}
            appearance={b.primary ? "primary" : "secondary"}
            icon={b.icon}
            disabled={props.disabled || running}
            onClick={() => void operation.start(b.run)}
          >
            {b.label}
          </Button>
        ))}
      </div>
      <OperationStatus state={operation.state} label={props.title} onCancel={operation.cancel} />
      {operation.state.status === "done" && <OutcomeBar message={operation.state.result} />}
    </section>
  );
}
