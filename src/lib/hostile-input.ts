// Checks the proxy makes before Next.js parses a request, for input Next.js itself would answer
// with a 500: a path whose percent-encoding does not decode (Next.js decodes route parameters and
// throws), and a server action body nested so deeply that decoding it overflows the stack.

/** Whether `pathname` holds a percent sign that does not start a valid UTF-8 escape (%zz, %E0%A4%A). */
export function malformedPercentEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/** No form or argument list of the app nests deeper than this; anything deeper is refused. */
export const MAX_BODY_NESTING = 32;

/**
 * Whether JSON-like `text` nests arrays and objects deeper than `max`. Brackets inside strings do
 * not count. One pass, no recursion, so the check itself cannot overflow.
 */
export function nestedDeeperThan(text: string, max = MAX_BODY_NESTING): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}
