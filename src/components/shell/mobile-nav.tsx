"use client";
import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

// The phone menu folds away behind one button and works without JavaScript (a <details>). With
// JavaScript it also closes itself once a page is chosen: a client-side navigation keeps the
// layout, so an open menu would otherwise stay over the new page and catch its taps.
export function MobileNav({ label, menu, children }: { label: string; menu: string; children: ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  const closeOnLink = (event: React.MouseEvent) => {
    if ((event.target as HTMLElement).closest("a") && ref.current) ref.current.open = false;
  };
  const closeOnEscape = (event: React.KeyboardEvent) => {
    if (event.key === "Escape" && ref.current?.open) {
      ref.current.open = false;
      ref.current.querySelector("summary")?.focus();
    }
  };
  return (
    <details ref={ref} className="lg:hidden" data-testid="mobile-nav" onKeyDown={closeOnEscape}>
      <summary className="cursor-pointer list-none rounded-md border border-stone-300 px-3 py-1.5 text-sm">{menu}</summary>
      <nav
        aria-label={label}
        onClick={closeOnLink}
        className="absolute right-2 left-2 z-20 mt-2 max-h-[75vh] overflow-y-auto rounded-lg border border-stone-200 bg-white p-3 shadow-lg"
      >
        {children}
      </nav>
    </details>
  );
}
