import type { PaneHost } from "../pane-host";
import type { SectionId } from "../sections";
import { HomeScreen } from "./HomeScreen";
import { lazyScreen } from "./lazy-screen";
import { SettingsScreen } from "./SettingsScreen";

const MappingScreen = lazyScreen(
  async () =>
    (await import(/* webpackChunkName: "mapping" */ "./mapping/MappingScreen")).MappingScreen,
  "nav.mapping",
  "screen.mapping.intro"
);
const FindingsScreen = lazyScreen(
  async () =>
    (await import(/* webpackChunkName: "findings" */ "./findings/FindingsScreen")).FindingsScreen,
  "nav.findings",
  "screen.findings.intro"
);
const BudgetScreen = lazyScreen(
  async () => (await import(/* webpackChunkName: "budget" */ "./budget/BudgetScreen")).BudgetScreen,
  "nav.budget",
  "screen.budget.intro"
);
const DashboardScreen = lazyScreen(
  async () =>
    (await import(/* webpackChunkName: "dashboard" */ "./dashboard/DashboardScreen"))
      .DashboardScreen,
  "nav.dashboard",
  "screen.dashboard.intro"
);
const ReviewScreen = lazyScreen(
  async () => (await import(/* webpackChunkName: "review" */ "./review/ReviewScreen")).ReviewScreen,
  "nav.review",
  "screen.review.intro"
);
const ParentScreen = lazyScreen(
  async () => (await import(/* webpackChunkName: "parent" */ "./parent/ParentScreen")).ParentScreen,
  "nav.parent",
  "screen.parent.intro"
);

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
      return <MappingScreen {...props} />;
    case "parent":
      return <ParentScreen {...props} />;
    case "findings":
      return <FindingsScreen {...props} />;
    case "budget":
      return <BudgetScreen {...props} />;
    case "dashboard":
      return <DashboardScreen {...props} />;
    case "review":
      return <ReviewScreen {...props} />;
  }
}
