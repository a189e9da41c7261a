// What other areas' pages and forms use of attachments: the form field that carries a record's
// files, and the gallery that shows them.
export { AttachmentGallery } from "./components/attachment-gallery";
export { AttachmentsField } from "./components/attachments-field";
