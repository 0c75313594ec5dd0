import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { StoredMappingState } from "../../excel/mapping-store";
import type { PlanRead } from "../../excel/read-plan";
import { useI18n } from "../i18n-context";

/** Whether the workbook stores its plan mapping, and what to do when it does not. */
export function MappingState(props: { stored: StoredMappingState; onOpen(): void }) {
  const { i18n } = useI18n();
  const { stored } = props;
  const open = (
    <MessageBarActions>
      <Button onClick={props.onOpen}>{i18n.t("nav.mapping")}</Button>
    </MessageBarActions>
  );
  if (stored.kind === "ok")
    return (
      <MessageBar intent="success">
        <MessageBarBody>
          {i18n.t("home.mapping.stored", { roles: Object.keys(stored.mapping.roles).length })}
        </MessageBarBody>
      </MessageBar>
    );
  if (stored.kind === "none")
    return (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{i18n.t("home.mapping.none")}</MessageBarBody>
        {open}
      </MessageBar>
    );
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        {i18n.t("home.mapping.unusable", { reason: i18n.t(`validate.mapping.${stored.kind}`) })}
      </MessageBarBody>
      {open}
    </MessageBar>
  );
}

/** Why Validate checked nothing: no sheet looks like a plan, or the stored mapping is unusable. */
export function PlanReadProblem(props: {
  outcome: Exclude<PlanRead, { kind: "read" }>;
  onOpen(): void;
}) {
  const { i18n } = useI18n();
  const { outcome } = props;
  return (
    <MessageBar intent={outcome.kind === "nothing-mapped" ? "info" : "error"} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {outcome.kind === "nothing-mapped"
            ? i18n.t("home.nothingMapped")
            : i18n.t("home.mapping.unusable", {
                reason: i18n.t(`validate.mapping.${outcome.stored.kind}`),
              })}
        </MessageBarTitle>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onOpen}>{i18n.t("nav.mapping")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
