import type { PaneHost } from "../pane-host";
import type { SectionId } from "../sections";
import { DashboardScreen } from "./dashboard/DashboardScreen";
import { HomeScreen } from "./HomeScreen";
import { PendingScreen } from "./PendingScreen";
import { SettingsScreen } from "./SettingsScreen";

export function SectionScreen(props: {
  section: SectionId;
  host: PaneHost;
  onNavigate(section: SectionId): void;
}) {
  switch (props.section) {
    case "home":
      return <HomeScreen host={props.host} onNavigate={props.onNavigate} />;
    case "settings":
      return <SettingsScreen host={props.host} />;
    case "mapping":
      return <PendingScreen title="nav.mapping" intro="screen.mapping.intro" />;
    case "findings":
      return <PendingScreen title="nav.findings" intro="screen.findings.intro" />;
    case "budget":
      return <PendingScreen title="nav.budget" intro="screen.budget.intro" />;
    case "dashboard":
      return <DashboardScreen host={props.host} />;
  }
}
