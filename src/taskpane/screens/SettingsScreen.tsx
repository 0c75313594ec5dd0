import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from "@fluentui/react-components";
import { defaultDisplayPrefs, type DisplayPrefs } from "../../core/i18n";
import { useI18n } from "../i18n-context";
import type { PaneHost } from "../pane-host";
import { ScreenLayout } from "./ScreenLayout";
import { lazy, Suspense } from "react";

const useStyles = makeStyles({ example: { color: tokens.colorNeutralForeground2 } });

const EXAMPLE_NUMBER = 1234567.5;

/** The plan settings bring the rule catalogue and the mapping store: loaded when shown. */
const PlanSettings = lazy(async () => ({
  default: (await import(/* webpackChunkName: "plan-settings" */ "./settings/PlanSettings"))
    .PlanSettings,
}));

interface Option {
  value: string;
  label: string;
  lang?: string;
}

function Choice(props: {
  label: string;
  value: string;
  options: Option[];
  onChange(value: string): void;
}) {
  return (
    <Field label={props.label}>
      <RadioGroup
        layout="horizontal"
        value={props.value}
        onChange={(_, d) => props.onChange(d.value)}
      >
        {props.options.map((o) => (
          <Radio key={o.value} value={o.value} label={o.label} lang={o.lang} />
        ))}
      </RadioGroup>
    </Field>
  );
}

export function SettingsScreen({ host }: { host: PaneHost }) {
  const styles = useStyles();
  const { i18n, setPrefs } = useI18n();
  const { prefs } = i18n;
  const update = (change: Partial<DisplayPrefs>) => setPrefs({ ...prefs, ...change });
  return (
    <ScreenLayout title={i18n.t("nav.settings")}>
      <Choice
        label={i18n.t("settings.language")}
        value={prefs.lang}
        options={[
          { value: "fa", label: "فارسی", lang: "fa" },
          { value: "en", label: "English", lang: "en" },
        ]}
        // A new language starts from its own digits and calendar.
        onChange={(lang) => setPrefs(defaultDisplayPrefs(lang as DisplayPrefs["lang"]))}
      />
      <Choice
        label={i18n.t("settings.digits")}
        value={prefs.digits}
        options={[
          { value: "persian", label: i18n.t("settings.digits.persian") },
          { value: "latin", label: i18n.t("settings.digits.latin") },
        ]}
        onChange={(digits) => update({ digits: digits as DisplayPrefs["digits"] })}
      />
      <Choice
        label={i18n.t("settings.calendar")}
        value={prefs.calendar}
        options={[
          { value: "jalali", label: i18n.t("settings.calendar.jalali") },
          { value: "gregorian", label: i18n.t("settings.calendar.gregorian") },
        ]}
        onChange={(calendar) => update({ calendar: calendar as DisplayPrefs["calendar"] })}
      />
      <Text className={styles.example} data-testid="format-example">
        {i18n.t("settings.example", {
          number: EXAMPLE_NUMBER,
          date: i18n.date(new Date()),
        })}
      </Text>
      {host.kind === "excel" && host.support.runs && (
        <Suspense fallback={null}>
          <PlanSettings workbook={host.workbook} />
        </Suspense>
      )}
    </ScreenLayout>
  );
}
