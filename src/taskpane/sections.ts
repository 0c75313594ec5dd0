import {
  ArrowRoutingRegular,
  BuildingGovernmentRegular,
  DataBarVerticalRegular,
  HistoryRegular,
  HomeRegular,
  MoneyRegular,
  SettingsRegular,
  TaskListLtrRegular,
  type FluentIcon,
} from "@fluentui/react-icons";
import type { MessageKey } from "../core/i18n";

export type SectionId =
  "home" | "mapping" | "parent" | "findings" | "budget" | "dashboard" | "review" | "settings";

export interface Section {
  id: SectionId;
  label: MessageKey;
  icon: FluentIcon;
}

export const SECTIONS: readonly Section[] = [
  { id: "home", label: "nav.home", icon: HomeRegular },
  { id: "mapping", label: "nav.mapping", icon: ArrowRoutingRegular },
  { id: "parent", label: "nav.parent", icon: BuildingGovernmentRegular },
  { id: "findings", label: "nav.findings", icon: TaskListLtrRegular },
  { id: "budget", label: "nav.budget", icon: MoneyRegular },
  { id: "dashboard", label: "nav.dashboard", icon: DataBarVerticalRegular },
  { id: "review", label: "nav.review", icon: HistoryRegular },
  { id: "settings", label: "nav.settings", icon: SettingsRegular },
];
