// What other areas use of attachments (server side): checking, storing and removing an activity's
// files, the form field that carries them, and how a stored file is recognised.
export { saveAttachmentChanges, storeUploadedFiles, type WithStoredFiles } from "./activity-attachments";
export { isImage } from "./rules";
export { removeStored } from "./storage";
export { uploadedFiles } from "./uploaded-file";
