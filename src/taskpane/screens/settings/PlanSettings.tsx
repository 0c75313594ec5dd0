import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  SpinButton,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { MappingDocument } from "../../../core/mapping/mapping-document";
import { RULES } from "../../../core/rules/catalogue";
import {
  configOf,
  formOf,
  formProblems,
  type RuleChoice,
  type SettingsForm,
} from "../../../core/rules/settings-form";
import { loadStoredMapping, saveStoredMapping } from "../../../excel/mapping-store";
import { useI18n } from "../../i18n-context";
import { OperationStatus } from "../../operations/OperationStatus";
import { useOperation } from "../../operations/use-operation";
import type { WorkbookAccess } from "../../pane-host";

const useStyles = makeStyles({
  block: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pair: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  rule: { display: "grid", gridTemplateColumns: "1fr auto", alignItems: "center", gap: "4px" },
  about: { color: tokens.colorNeutralForeground3 },
});

const CHOICES: readonly RuleChoice[] = ["default", "error", "warning", "info", "off"];

/**
 * The plan's settings — each rule's severity or off, KPI status thresholds, the plan period —
 * edited here and saved with the mapping in the workbook, where the CLI reads them too.
 */
export function PlanSettings({ workbook }: { workbook: WorkbookAccess }) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const lang = i18n.prefs.lang;
  const loading = useOperation<MappingDocument | undefined>();
  const saving = useOperation<boolean>();
  const [form, setForm] = useState<SettingsForm>();
  const { start } = loading;

  useEffect(() => {
    void start(async () => {
      const state = await workbook.run(loadStoredMapping);
      const mapping = state.kind === "ok" ? state.mapping : undefined;
      if (mapping) setForm(formOf(mapping.settings));
      return mapping;
    });
  }, [workbook, start]);

  const stored = loading.state.status === "done" ? loading.state.result : undefined;
  return (
    <section className={styles.block} aria-labelledby="plan-settings">
      <Subtitle2 as="h3" id="plan-settings">
        {i18n.t("settings.plan.title")}
      </Subtitle2>
      <OperationStatus
        state={loading.state}
        label={i18n.t("settings.plan.title")}
        onCancel={loading.cancel}
      />
      {loading.state.status === "done" && !form && (
        <MessageBar intent="info">
          <MessageBarBody>{i18n.t("settings.plan.noMapping")}</MessageBarBody>
        </MessageBar>
      )}
      {form && stored && (
        <SettingsFields
          form={form}
          onChange={setForm}
          onSave={() =>
            void saving.start(() =>
              workbook
                .run((context) =>
                  saveStoredMapping(context, {
                    ...stored,
                    settings: configOf(form, stored.settings),
                  })
                )
                .then(() => true)
            )
          }
          saving={saving.state.status === "running"}
          lang={lang}
        />
      )}
      <OperationStatus
        state={saving.state}
        label={i18n.t("settings.plan.save")}
        onCancel={saving.cancel}
      />
      {saving.state.status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>{i18n.t("settings.plan.saved")}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

function SettingsFields(props: {
  form: SettingsForm;
  onChange(form: SettingsForm): void;
  onSave(): void;
  saving: boolean;
  lang: "fa" | "en";
}) {
  const styles = useStyles();
  const { i18n } = useI18n();
  const { form, onChange } = props;
  const problems = formProblems(form);
  const set = (change: Partial<SettingsForm>) => onChange({ ...form, ...change });
  const percent = (value: number | null | undefined, fallback: number) =>
    value === null || value === undefined || Number.isNaN(value) ? fallback : value;
  return (
    <>
      <div className={styles.pair}>
        <Field
          label={i18n.t("settings.plan.onTrack")}
          validationMessage={
            problems.includes("thresholds") ? i18n.t("settings.plan.thresholdsBad") : undefined
          }
        >
          <SpinButton
            min={0}
            max={100}
            value={form.onTrack}
            onChange={(_, d) =>
              set({ onTrack: percent(d.value ?? Number(d.displayValue), form.onTrack) })
            }
          />
        </Field>
        <Field label={i18n.t("settings.plan.atRisk")}>
          <SpinButton
            min={0}
            max={100}
            value={form.atRisk}
            onChange={(_, d) =>
              set({ atRisk: percent(d.value ?? Number(d.displayValue), form.atRisk) })
            }
          />
        </Field>
      </div>
      <div className={styles.pair}>
        <Field
          label={i18n.t("settings.plan.periodStart")}
          validationMessage={
            problems.includes("periodStart") || problems.includes("periodPartial")
              ? i18n.t("settings.plan.periodBad")
              : undefined
          }
        >
          <Input
            value={form.periodStart}
            placeholder="1400"
            onChange={(_, d) => set({ periodStart: d.value })}
          />
        </Field>
        <Field
          label={i18n.t("settings.plan.periodEnd")}
          validationMessage={
            problems.includes("periodEnd") ? i18n.t("settings.plan.periodBad") : undefined
          }
        >
          <Input
            value={form.periodEnd}
            placeholder="1404/12/29"
            onChange={(_, d) => set({ periodEnd: d.value })}
          />
        </Field>
      </div>
      <Subtitle2 as="h4">{i18n.t("settings.plan.rules")}</Subtitle2>
      {RULES.map(({ meta }) => (
        <div key={meta.id} className={styles.rule}>
          <div>
            <div>{meta.id}</div>
            <Caption1 className={styles.about}>{meta.description[props.lang]}</Caption1>
          </div>
          <Dropdown
            aria-label={meta.id}
            value={i18n.t(`settings.rule.${form.rules[meta.id]}`, {
              severity: i18n.t(`settings.rule.${meta.defaultSeverity}`),
            })}
            selectedOptions={[form.rules[meta.id]]}
            onOptionSelect={(_, d) =>
              set({ rules: { ...form.rules, [meta.id]: d.optionValue as RuleChoice } })
            }
          >
            {CHOICES.map((choice) => (
              <Option key={choice} value={choice}>
                {i18n.t(`settings.rule.${choice}`, {
                  severity: i18n.t(`settings.rule.${meta.defaultSeverity}`),
                })}
              </Option>
            ))}
          </Dropdown>
        </div>
      ))}
      <div>
        <Button
          appearance="primary"
          disabled={problems.length > 0 || props.saving}
          onClick={props.onSave}
        >
          {i18n.t("settings.plan.save")}
        </Button>
      </div>
    </>
  );
}
