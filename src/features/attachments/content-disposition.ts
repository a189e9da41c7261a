// A Content-Disposition header that keeps a Chinese file name: an ASCII fallback for old clients
// and the exact name in RFC 5987 form (filename*=UTF-8''…) for everyone else.
export function contentDisposition(fileName: string, disposition: "inline" | "attachment"): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
