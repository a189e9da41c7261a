"use client";
// Submits a form to a server action without React's automatic form reset, so whatever the user
// typed stays in place when the server refuses it; field errors come back next to each field.
import { type FormEvent, useState, useTransition } from "react";
import type { ActionResult } from "@/server/action-core";

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

export function useActionForm<T>(action: (input: FormData) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const [failure, setFailure] = useState<Failure | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // With the pressed button, so a form can offer several (e.g. save draft / submit).
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter instanceof HTMLButtonElement ? submitter : null);
    startTransition(async () => {
      const result = await action(form);
      if (result.ok) {
        setFailure(null);
        onSuccess?.(result.data);
      } else {
        setFailure(result);
      }
    });
  }

  return {
    onSubmit,
    pending,
    error: failure?.error ?? null,
    fieldError: (name: string) => failure?.fieldErrors?.[name],
  };
}
