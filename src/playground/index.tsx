import { createRoot } from "react-dom/client";
import { Playground } from "./Playground";

// The playground's entry: a development page (npm start), never part of the add-in.
const container = document.getElementById("root");
if (container) createRoot(container).render(<Playground />);
