"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("common");
  return (
    <Button variant="primary" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
