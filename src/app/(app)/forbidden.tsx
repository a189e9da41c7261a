import { StatusPage } from "@/components/shell/status-page";

// A page the reader's role may not open, shown inside the app's shell.
export default function AppForbidden() {
  return <StatusPage kind="forbidden" inShell />;
}
