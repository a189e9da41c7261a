import { type ComponentProps, type ReactNode, useId } from "react";
import { cn } from "@/lib/cn";

export const inputClass =
  "block w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-sm shadow-xs placeholder:text-stone-400 focus:border-sky-700 focus:ring-2 focus:ring-sky-600/30 focus:outline-none aria-invalid:border-red-600";

type FieldProps = { label: string; error?: string; hint?: ReactNode; required?: boolean; className?: string };

/** A labelled control with its error right below it, announced to screen readers. */
function FieldShell({ label, error, hint, required, className, id, children }: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-stone-700">
        {label}
        {required && <span className="ml-0.5 text-red-700" aria-hidden>*</span>}
      </label>
      {children}
      {hint && !error && <p id={`${id}-hint`} className="text-xs text-stone-500">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700" data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function describedBy(id: string, error?: string, hint?: ReactNode) {
  return error ? `${id}-error` : hint ? `${id}-hint` : undefined;
}

export function TextField({ label, error, hint, required, className, ...input }: FieldProps & ComponentProps<"input">) {
  const id = useId();
  return (
    <FieldShell {...{ label, error, hint, required, className, id }}>
      <input id={id} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={inputClass} {...input} />
    </FieldShell>
  );
}

export function TextAreaField({ label, error, hint, required, className, ...input }: FieldProps & ComponentProps<"textarea">) {
  const id = useId();
  return (
    <FieldShell {...{ label, error, hint, required, className, id }}>
      <textarea id={id} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={cn(inputClass, "min-h-24")} {...input} />
    </FieldShell>
  );
}

export function SelectField({ label, error, hint, required, className, children, ...select }: FieldProps & ComponentProps<"select">) {
  const id = useId();
  return (
    <FieldShell {...{ label, error, hint, required, className, id }}>
      <select id={id} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} className={inputClass} {...select}>
        {children}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ label, className, ...input }: { label: string; className?: string } & ComponentProps<"input">) {
  return (
    <label className={cn("flex items-center gap-2 text-sm text-stone-700", className)}>
      <input type="checkbox" className="size-4 accent-brand-600" {...input} />
      {label}
    </label>
  );
}

type Choice = { value: string | number; label: string };

/** A required choice from a list, starting on a "please choose" line that cannot be picked back. */
export function ChoiceField({ choices, placeholder, ...select }: FieldProps & ComponentProps<"select"> & { choices: Choice[]; placeholder: string }) {
  return (
    <SelectField {...select}>
      <option value="" disabled>
        {placeholder}
      </option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </SelectField>
  );
}
