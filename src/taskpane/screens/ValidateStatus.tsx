import { useI18n } from "../i18n-context";
import { OperationStatus } from "../operations/OperationStatus";
import { PlanReadProblem } from "./MappingState";
import type { useValidate } from "./use-validate";

/** A validation under way (progress, Cancel, failure), or why it checked nothing. */
export function ValidateStatus(props: {
  validate: ReturnType<typeof useValidate>;
  onOpenMapping(): void;
}) {
  const { i18n } = useI18n();
  const { state, cancel } = props.validate;
  return (
    <>
      <OperationStatus state={state} label={i18n.t("home.validating")} onCancel={cancel} />
      {state.status === "done" && state.result.kind !== "validated" && (
        <PlanReadProblem outcome={state.result} onOpen={props.onOpenMapping} />
      )}
    </>
  );
}
