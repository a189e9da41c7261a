// What other areas' pages and forms use of attachments: the form field that carries a record's
// files, its schema (for schemas a browser form imports too), and the gallery that shows them.
export { AttachmentGallery } from "./components/attachment-gallery";
export { AttachmentsField } from "./components/attachments-field";
export { uploadedFiles } from "./uploaded-file";
