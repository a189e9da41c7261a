// A record's photos and documents: photos as light thumbnails that open the phone-sized copy,
// documents as a tile; each with a download link to the original. Files come only from the
// authenticated attachment route.
import { useTranslations } from "next-intl";
import { isImage } from "../rules";
import { lightUrl, originalUrl } from "../urls";

type File = { id: number; fileName: string; mimeType: string; thumbKey?: string | null; phoneKey?: string | null };

export function AttachmentGallery({ files }: { files: File[] }) {
  const t = useTranslations("attachments");
  if (files.length === 0) return <p className="text-sm text-stone-500">{t("none")}</p>;
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="attachments">
      {files.map((file) => (
        <li key={file.id} className="overflow-hidden rounded-md border border-stone-200">
          <a href={lightUrl(file, "phone")} target="_blank" rel="noopener" className="block">
            {isImage(file.mimeType) ? (
              // A plain img: the file comes from an authenticated route, not Next's image optimizer.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={lightUrl(file, "thumb")} alt={file.fileName} loading="lazy" className="aspect-[4/3] w-full bg-stone-100 object-cover" />
            ) : (
              <span className="flex aspect-[4/3] items-center justify-center bg-stone-100 text-2xl font-semibold text-stone-500">{t("pdfBadge")}</span>
            )}
          </a>
          <p className="flex items-center justify-between gap-2 px-2 py-1 text-xs">
            <span className="truncate" title={file.fileName}>
              {file.fileName}
            </span>
            <a href={originalUrl(file, true)} className="shrink-0 text-brand-700 hover:underline">
              {t("download")}
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
