import { ComingSoon } from "@/components/shell/coming-soon";

export default function Page() {
  return <ComingSoon area="dashboard" permission="dashboard.read" />;
}
